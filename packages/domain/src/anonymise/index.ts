export { anonymise, detect } from './anonymise.js';
export { loadLexicon, type Lexicon } from './lexicon.js';
export { generalisePlace } from './replace.js';
export * from './types.js';
