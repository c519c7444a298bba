/**
 * The stretches of text a costly reader (the phone or the date library) needs to read:
 * each match of `re` holding at least `minDigits` digits, with `margin` characters
 * either side, widened to whole words, overlapping ones merged. Reading only these
 * gives the library's own answer at a fraction of the cost. `within`: where `re` is
 * looked for, if not the whole text.
 */
export function windowsAround(text: string, re: RegExp, minDigits: number, margin: number, within?: readonly [number, number][]): [number, number][] {
  const windows: [number, number][] = [];
  for (const m of within ? matchesWithin(text, within, re) : execAll(re, text)) {
    if (minDigits > 0 && digitsIn(m[0]) < minDigits) continue;
    let from = Math.max(0, m.index! - margin);
    let to = Math.min(text.length, m.index! + m[0].length + margin);
    while (from > 0 && !isSpace(text.charCodeAt(from - 1))) from--;
    while (to < text.length && !isSpace(text.charCodeAt(to))) to++;
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
  const slices = slicesOf(text, windows);
  for (let i = 0; i < windows.length; i++) {
    const from = windows[i]![0];
    for (const m of execAll(re, slices[i]!)) {
      m.index = m.index! + from;
      yield m;
    }
  }
}

/**
 * `re`'s matches inside `windows`, as matchesWithin gives them, for an expression that
 * can only start on the first digit of a number (it opens on a digit, with no digit
 * allowed before it): it is tried at those digits alone, and only where
 * `opens(window, at, digits)` says it may start (`digits`: how many digits in a row from
 * `at`). A page of figures holds a few hundred numbers where a scan tries every character.
 */
export function* matchesFromNumbers(
  text: string,
  windows: readonly [number, number][],
  re: RegExp,
  opens: (window: string, at: number, digits: number) => boolean,
): Generator<RegExpMatchArray> {
  yield* matchesAround(text, windows, re, (window, at, digits, tryAt) => {
    if (opens(window, at, digits)) tryAt(at);
  });
}

/**
 * As matchesFromNumbers, for an expression that opens on a word before a number ("vendredi 22",
 * "juin 24"): `startsBefore` gives, for each number, where the expression may start (`tryAt`).
 */
export function* matchesAround(
  text: string,
  windows: readonly [number, number][],
  re: RegExp,
  startsBefore: (window: string, at: number, digits: number, tryAt: (start: number) => void) => void,
): Generator<RegExpMatchArray> {
  const slices = slicesOf(text, windows);
  const numbers = numbersOf(text, windows);
  const sticky = stickyOf(re);
  for (let i = 0; i < windows.length; i++) {
    const from = windows[i]![0];
    const window = slices[i]!;
    const { starts, lengths } = numbers[i]!;
    const tried: number[] = [];
    for (let n = 0; n < starts.length; n++) startsBefore(window, starts[n]!, lengths[n]!, (start) => tried.push(start));
    if (tried.length > 1) tried.sort((a, b) => a - b);
    // Past a match the search goes on after its end, as a global search does.
    let after = 0;
    for (const at of tried) {
      if (at < after) continue;
      sticky.lastIndex = at;
      const m = sticky.exec(window);
      if (!m) continue;
      after = at + Math.max(1, m[0].length);
      m.index = at + from;
      yield m;
    }
  }
}

/** Where each number of each window starts, and how many digits it has in a row. */
const numbersByWindows = new WeakMap<readonly [number, number][], { text: string; numbers: { starts: number[]; lengths: number[] }[] }>();

function numbersOf(text: string, windows: readonly [number, number][]): { starts: number[]; lengths: number[] }[] {
  const known = numbersByWindows.get(windows);
  if (known && known.text === text) return known.numbers;
  const numbers = slicesOf(text, windows).map((window) => {
    const starts: number[] = [];
    const lengths: number[] = [];
    for (let i = 0; i < window.length; i++) {
      if (!isDigit(window.charCodeAt(i))) continue;
      let end = i + 1;
      while (end < window.length && isDigit(window.charCodeAt(end))) end++;
      starts.push(i);
      lengths.push(end - i);
      i = end;
    }
    return { starts, lengths };
  });
  numbersByWindows.set(windows, { text, numbers });
  return numbers;
}

/** `re` anchored where it is tried (the sticky flag), made once per expression. */
const stickies = new WeakMap<RegExp, RegExp>();

function stickyOf(re: RegExp): RegExp {
  let sticky = stickies.get(re);
  if (!sticky) {
    sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
    stickies.set(re, sticky);
  }
  return sticky;
}

export const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * The texts of `windows`, cut once for all the patterns that read the same windows: a
 * dozen patterns read the digit windows of one text.
 */
const slicesByWindows = new WeakMap<readonly [number, number][], { text: string; slices: string[] }>();

function slicesOf(text: string, windows: readonly [number, number][]): string[] {
  const cut = slicesByWindows.get(windows);
  if (cut && cut.text === text) return cut.slices;
  const slices = windows.map(([from, to]) => text.slice(from, to));
  slicesByWindows.set(windows, { text, slices });
  return slices;
}

/**
 * What `text.matchAll(re)` gives for a global `re`, read with `re` itself: matchAll copies
 * the expression at every call, which costs more than the search in a short window.
 */
export function matchesIn(text: string, re: RegExp): Generator<RegExpExecArray> {
  return execAll(re, text);
}

/**
 * `re`'s matches in the whole of `text`, as matchesIn gives them, for an expression that opens
 * on one of a few words (`opening`, a global expression that finds them): it is tried only where
 * one of them is written, the whole text around it in view.
 */
export function* matchesOpeningOn(text: string, re: RegExp, opening: RegExp): Generator<RegExpMatchArray> {
  const sticky = stickyOf(re);
  // Past a match the search goes on after its end, as a global search does.
  let after = 0;
  for (let from = 0; ; ) {
    opening.lastIndex = from;
    const word = opening.exec(text);
    if (!word) break;
    const at = word.index;
    // Every place a word is written, even inside another's: the next search starts one character on.
    from = at + 1;
    if (at < after) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    after = at + Math.max(1, m[0].length);
    yield m;
  }
  opening.lastIndex = 0;
}

/**
 * Whether an expression with the ignore-case flag reads `text` as it would with the Unicode flag
 * too, which V8 makes several times slower: Unicode folds the long s "ſ" and the kelvin sign "K"
 * into "s" and "k" (letters of `\w` and `\b` then), and reads a character past the 16-bit range
 * as one, not two. In an expression of letters, digits, spaces, `\w` and `\b` (`\p{…}` needs the
 * flag), nothing else tells them apart.
 */
export function readsAlikeWithoutUnicode(text: string): boolean {
  if (text !== lastRead) {
    lastRead = text;
    lastAlike = !FOLDED_BY_UNICODE_ONLY.test(text);
  }
  return lastAlike;
}

const FOLDED_BY_UNICODE_ONLY = /[\u017f\u212a\ud800-\udfff]/;
let lastRead = '';
let lastAlike = true;

function* execAll(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // An empty match moves on by one character, as matchAll does.
    if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode);
    const next = re.lastIndex;
    yield m;
    re.lastIndex = next;
  }
  re.lastIndex = 0;
}

/** The index after the character at `at`: a surrogate pair is one character in a Unicode expression. */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}

function digitsIn(s: string): number {
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) digits++;
  }
  return digits;
}

/** What `/\s/` matches, without a regular expression per character. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
