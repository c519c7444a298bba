import type { EntityType } from '../anonymise/types.js';

/**
 * The key a decision is kept by: the detected name's words, whatever their case, and
 * their type. One decision by this key covers every passage of the name.
 */
export const decisionKey = (text: string, type: EntityType) => `${type}|${text.normalize('NFC').toLowerCase()}`;

/** The words a decision on this span is kept by: the name itself, or the whole stretch for spans that do not tell it apart. */
export const spanName = (text: string, s: { start: number; end: number; nameStart?: number; nameEnd?: number }) => text.slice(s.nameStart ?? s.start, s.nameEnd ?? s.end);
