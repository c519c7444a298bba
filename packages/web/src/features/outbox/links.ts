/** A piece of a text: plain words, or an http(s) address to make a link of. */
export type TextPart = { text: string } | { url: string };

// Up to the first space or character that cannot be part of an address written in prose.
const URL_PATTERN = /https?:\/\/[^\s<>"'«»“”‘’/][^\s<>"'«»“”‘’]*/gi;
// Punctuation that ends a sentence rather than the address: "…lien : https://x/y." keeps the dot outside.
const TRAILING = /[.,;:!?)\]}…]+$/;

function isWebAddress(candidate: string): boolean {
  try {
    const url = new URL(candidate);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Splits a message's text into plain parts and http(s) addresses, in order, so the
 * addresses can be shown as links (React elements, never HTML). Joining every part
 * gives back the text unchanged.
 */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  const pushText = (s: string) => {
    if (!s) return;
    const previous = parts[parts.length - 1];
    if (previous && 'text' in previous) previous.text += s;
    else parts.push({ text: s });
  };
  for (const match of text.matchAll(URL_PATTERN)) {
    let url = match[0];
    // A closing bracket that belongs to the address, as in a Wikipedia link, stays: only unbalanced ones go.
    const trailing = TRAILING.exec(url)?.[0] ?? '';
    let keep = url.length - trailing.length;
    while (keep < url.length && url[keep] === ')' && count(url.slice(0, keep), '(') > count(url.slice(0, keep), ')')) keep++;
    url = url.slice(0, keep);
    pushText(text.slice(last, match.index));
    if (isWebAddress(url)) parts.push({ url });
    else pushText(url);
    last = match.index + url.length;
  }
  pushText(text.slice(last));
  return parts;
}

const count = (s: string, c: string) => s.split(c).length - 1;
