/**
 * Common words written with an apostrophe inside, which the shipped word lists leave out
 * (they hold none): without them "Aujourd'hui" or "Don't" first in a sentence reads as
 * an unknown capitalised word, a name. Closed classes, listed whole; folded on load.
 */
export const APOSTROPHE_WORDS = {
  fr: [
    "aujourd'hui", "quelqu'un", "quelqu'une", "presqu'île", "presqu'îles", "prud'homme", "prud'hommes", "prud'homal", "prud'homale",
    "prud'homie", "entr'acte", "entr'actes", "entr'ouvert", "entr'ouverte", "entr'ouverts", "entr'ouvertes", "grand'mère", "grand'mères",
    "grand'rue", "grand'chose", "grand'messe", "grand'route", "grand'tante", "main-d'œuvre", "mains-d'œuvre", "hors-d'œuvre",
    "chef-d'œuvre", "chefs-d'œuvre", "prêt-à-porter", "quatre-vingt", "c'est-à-dire",
  ],
  en: [
    // Negations and the pronouns' short forms.
    "don't", "doesn't", "didn't", "can't", "couldn't", "won't", "wouldn't", "shan't", "shouldn't", "mustn't", "mightn't", "needn't",
    "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "hadn't", "ain't", "daren't", "oughtn't",
    "i'm", "i've", "i'll", "i'd", "you're", "you've", "you'll", "you'd", "we're", "we've", "we'll", "we'd", "they're", "they've",
    "they'll", "they'd", "he'll", "he'd", "she'll", "she'd", "it'll", "it'd", "that'll", "that'd", "there'd", "there'll", "who'll",
    "who'd", "who've", "what'll", "what've", "let's", "y'all", "o'clock", "ma'am",
  ],
} as const;
