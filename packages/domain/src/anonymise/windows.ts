/**
 * The stretches of text a costly reader (the phone or the date library) needs to read:
 * each match of `re` holding at least `minDigits` digits, with `margin` characters
 * either side, widened to whole words, overlapping ones merged. Reading only these
 * gives the library's own answer at a fraction of the cost. `within`: where `re` is
 * looked for, if not the whole text.
 */
export function windowsAround(text: string, re: RegExp, minDigits: number, margin: number, within?: readonly [number, number][]): [number, number][] {
  const windows: [number, number][] = [];
  for (const m of within ? matchesWithin(text, within, re) : text.matchAll(re)) {
    let digits = 0;
    for (const c of m[0]) if (c >= '0' && c <= '9') digits++;
    if (digits < minDigits) continue;
    let from = Math.max(0, m.index! - margin);
    let to = Math.min(text.length, m.index! + m[0].length + margin);
    while (from > 0 && !/\s/.test(text[from - 1]!)) from--;
    while (to < text.length && !/\s/.test(text[to]!)) to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/**
 * Where the patterns that hold a digit can match (a phone, an identifier, a date, an
 * address's number or postcode): every digit with `DIGIT_MARGIN` characters either side,
 * widened to whole words. The longest of those patterns ("n° de compte client : CL-88213",
 * "12 bis, boulevard de la République") reach less far from their digits, so each finds
 * in these windows exactly what it finds in the whole text, and a page of prose with few
 * numbers is not read by a dozen patterns character by character.
 */
export const DIGIT_MARGIN = 96;

export function digitWindows(text: string): [number, number][] {
  return windowsAround(text, /\d+/g, 1, DIGIT_MARGIN);
}

/** `re`'s matches in `text`, read only inside `windows`, with their offsets in `text`. */
export function* matchesWithin(text: string, windows: readonly [number, number][], re: RegExp): Generator<RegExpMatchArray> {
  for (const [from, to] of windows) {
    for (const m of text.slice(from, to).matchAll(re)) {
      m.index = m.index! + from;
      yield m;
    }
  }
}
