import { type Lexicon, mayBeIn, TokenFacts, WORD } from './lexicon.js';
import { ownsNext, type Token } from './text.js';
import type { Detection, Language } from './types.js';
import { RELATIVES } from './relatives.js';
import { FOLDED_SURNAMES as SURNAMES } from './surnames.js';
import { GREETINGS, NAME_PARTICLES, NEVER_NAMES, SUBJECT_CLITICS, SUBJECT_PRONOUNS } from './vocabulary.js';


/**
 * "présents : marc, sophie l., Yasmine", "vu avec paul", "m. dupont": notes typed fast leave
 * names in lower case, where every detector that reads capitals passes them by.
 * - A popular first name that is no word of the text's language ("sophie", "nadia"; "paul"
 *   in French) is a person anywhere, with the initial of her surname when one follows ("sophie l.").
 * - Any first name, a word or not ("marc", "rose", "nathalie"), is a person where the words around
 *   it say so: in a list of people ("marc, sophie l., Yasmine"), after "avec", "with", "appel de"
 *   ("vu avec paul", "appel de marie"), before "dit", "says" ("sam says"); and then wherever the
 *   text writes it with no determiner before it ("marc a réagi", not "le marc de café").
 * - The word after a title in lower case is a surname ("m. dupont", "mme durand").
 * - The surname that follows a first name found so is hers ("sophie marchand", "fatima ben
 *   salah"): a word of the common surnames, or no word at all, particles between.
 * After "chez", a company every reader knows, in lower case ("chez decathlon"), is that company.
 * `people`: the persons found so far.
 */
export function lowerCaseNames(tokens: Token[], lexicon: Lexicon, language: Language, people: Detection[], facts = new TokenFacts(tokens, lexicon)): Detection[] {
  const found: Detection[] = [];
  const words = lexicon.commonWords[language];
  const isWord = (f: string) => words.has(f) || NEVER_NAMES.has(f) || NAME_PARTICLES.has(f) || TEXTING.has(f);
  /** No word of either language nor of the English dictionary: "sandrine", "mireille" typed fast are no one but her. */
  const noWordAnywhere = (f: string) => !isWord(f) && !lexicon.commonWords.en.has(f) && !lexicon.englishDictionary.has(f) && !lexicon.commonWords.fr.has(f);
  const starts = new Set(people.filter((d) => d.type === 'person').map((d) => d.start));
  const ends = new Set(people.filter((d) => d.type === 'person').map((d) => d.end));
  /** Token `i` stands in a list beside a person: a comma or "et" between them. */
  // "kate + amy + tom", "frank & dawn": a plus or an ampersand joins people too.
  const joint = (t: Token | undefined) => !!t && (t.text === ',' || t.text === '+' || t.text === '&' || t.folded === 'et' || t.folded === 'and');
  const listed = (i: number) => {
    const [p, q] = [tokens[i - 1], tokens[i + 1]];
    const before = joint(p) && tokens[i - 2] && ends.has(tokens[i - 2]!.end);
    const after = joint(q) && tokens[i + 2] && starts.has(tokens[i + 2]!.start);
    return !!(before || after);
  };
  const person = (from: number, to: number, confidence: number, source: Detection['source'] = 'first-names') => {
    const gender = lexicon.firstNames.get(tokens[from]!.folded);
    found.push({ start: tokens[from]!.start, end: tokens[to]!.end, type: 'person', source, confidence, ...(gender ? { gender } : {}) });
  };
  const named = new Set<string>();
  const ambiguous: number[] = [];
  const maybe = mayBeIn(lexicon, 'named');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.shape !== 'lower' || t.elided) continue;
    // Most lower-case words are no first name, no organisation and no surname: the filter says so of most, one lookup of the rest.
    const titled = afterTitle(tokens, i);
    if (!titled && (!maybe(t.folded) || !(facts.at(i) & (WORD.firstName | WORD.organisation | WORD.surname)))) continue;
    if (titled && !isFunctionWord(t.folded)) {
      const end = surnameEnd(tokens, i, isWord);
      person(i, end, 0.75);
      i = end;
      continue;
    }
    const firstName = t.folded.length >= 3 && (facts.at(i) & WORD.firstName) !== 0 && !NEVER_NAMES.has(t.folded) && !NAME_PARTICLES.has(t.folded) && !isFunctionWord(t.folded);
    if (!firstName) {
      const employer = tokens[i - 1]?.folded ?? '';
      // "chez decathlon", "leaving barclays for monzo", "at tesco hq": a company every reader knows, in
      // lower case after a word for an employer; after the commoner of those words, only one that is no word.
      if (lexicon.organisations.has(t.folded) && (employer === 'chez' || (ORGANISATION_BEFORE.has(employer) && !lexicon.commonWords.en.has(t.folded) && !lexicon.commonWords.fr.has(t.folded) && !lexicon.englishDictionary.has(t.folded))))
        found.push({ start: t.start, end: t.end, type: 'organisation', source: 'context', confidence: 0.8 });
      // "(dupont est prévenu)", "vu avec durand": a frequent surname that is no word, where the words around say someone.
      else if (t.folded.length >= 3 && SURNAMES.has(t.folded) && !isWord(t.folded) && !isFunctionWord(t.folded) && !determined(tokens[i - 1]) && personAround(tokens, i, false, language)) person(i, i, 0.6, 'surnames');
      continue;
    }
    const word = isWord(t.folded);
    // "appel de marie": after a message, "de" leads to its sender; elsewhere "de la rose" is the word.
    // In French, "a" before a name that is no word is "à" typed fast ("dis a karim"), not an article.
    const fastA = language === 'fr' && !word && tokens[i - 1]?.text === 'a';
    if (determined(tokens[i - 1]) && !fastA && !fromSender(tokens, i, word)) continue;
    // "my dad always said…" quoted in French notes: a word every English reader knows needs the
    // words around it, like a French one ("said" is also Saïd).
    // So is a rarer first name of five letters or more that is no word in either language and no
    // place ("sandrine rappelle demain"; "in dublin" is the town).
    const sure = !word && (lexicon.popularFirstNames.has(t.folded) || (t.folded.length >= 5 && noWordAnywhere(t.folded) && !lexicon.places.has(t.folded)));
    if (sure && !(language === 'fr' && lexicon.commonWords.en.has(t.folded))) {
      const end = withInitial(tokens, i) ?? surnameEnd(tokens, i, isWord);
      person(i, end, 0.7);
      named.add(t.folded);
      i = end;
      continue;
    }
    // A popular first name that is also a word is someone as the subject of a verb ("rose est belle" is masked too).
    // "josh's manager": in English a popular first name that owns something, glued to its "'s", is someone.
    const owns = language === 'en' && ownsNext(tokens, i);
    if (personAround(tokens, i, word, language) || (lexicon.popularFirstNames.has(t.folded) && (subjectOfClause(tokens, i) || owns))) {
      const end = surnameEnd(tokens, i, isWord);
      person(i, end, 0.65);
      named.add(t.folded);
      i = end;
      continue;
    }
    // A rare first name that is also a word ("signe", "aime") is the word, even in a list.
    if (lexicon.popularFirstNames.has(t.folded)) ambiguous.push(i);
  }
  // The lists are read once every sure name is known, those in lower case included ("marc, sophie l.").
  for (const d of found) if (d.type === 'person') (starts.add(d.start), ends.add(d.end));
  // "Tom, hope you're well": a word before a pronoun is the verb of its clause, not the next name of a list.
  for (const i of ambiguous) if (listed(i) && !PRONOUNS.has(tokens[i + 1]?.folded ?? '')) named.add(tokens[i]!.folded);
  // "We will see", "they mark": after a subject pronoun the word is the verb, whoever the text names so.
  // Names of a list are someone's wherever else the text writes them so ("…and frank left, sunny stayed").
  const chained = listsOfFirstNames(tokens, facts, lexicon);
  for (const i of chained) named.add(tokens[i]!.folded);
  for (const i of ambiguous) if (named.has(tokens[i]!.folded) && !SUBJECT_PRONOUNS.has(tokens[i - 1]?.folded ?? '')) person(i, i, 0.6);
  for (const i of chained) if (!found.some((d) => d.start === tokens[i]!.start)) person(i, i, 0.6);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * "ok donc olivier, mark, rose, pierre étaient là", "hope, will, bill and frank came": three
 * first names or more in a row, joined by commas or "et", two of them popular, are people,
 * though each alone is a word; so are two popular ones before a verb of people ("will and frank left"). A list of words that are all given names ("lilas, rose,
 * violette") is masked too: recall comes first. The indices of their tokens.
 */
function listsOfFirstNames(tokens: Token[], facts: TokenFacts, lexicon: Lexicon): number[] {
  const out: number[] = [];
  const isName = (t: Token | undefined, k: number) => !!t && t.word && t.shape === 'lower' && !t.elided && t.folded.length >= 3 && (facts.at(k) & WORD.firstName) !== 0 && !NEVER_NAMES.has(t.folded) && !NAME_PARTICLES.has(t.folded) && !isFunctionWord(t.folded);
  const joins = (t: Token | undefined) => !!t && (t.text === ',' || t.text === '+' || t.text === '&' || t.folded === 'et' || t.folded === 'and');
  for (let i = 0; i < tokens.length; i++) {
    // A list has two names or more: a word with no comma or "et" after it opens none (asked first, being cheap).
    if (!joins(tokens[i + 1]) || !isName(tokens[i], i)) continue;
    const chain = [i];
    let k = i;
    while (joins(tokens[k + 1]) && isName(tokens[k + 2], k + 2)) {
      k += 2;
      chain.push(k);
    }
    const popular = chain.filter((c) => lexicon.popularFirstNames.has(tokens[c]!.folded)).length;
    // Two are enough as the subject of a verb of people: "will and frank left".
    const subject = chain.length === 2 && popular === 2 && !!tokens[k + 1]?.word && PLURAL_SUBJECT_VERBS.has(tokens[k + 1]!.folded);
    if ((chain.length >= 3 && popular >= 2) || subject) out.push(...chain);
    i = k;
  }
  return out;
}

/** The index of the stop after "sophie l.", the initial of her surname, or null. */
function withInitial(tokens: Token[], i: number): number | null {
  const [t, initial, stop] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
  return initial && stop && initial.word && initial.text.length === 1 && stop.text === '.' && initial.start - t.end === 1 && stop.start === initial.end ? i + 2 : null;
}

/**
 * The last token of the name that begins at token `i`: the lower-case words after it on the
 * same line that are a common surname ("marchand") or no word at all ("salah"), through
 * particles ("ben", "de", "van"); none that is a word of grammar.
 */
function surnameEnd(tokens: Token[], i: number, isWord: (f: string) => boolean): number {
  let end = i;
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    const t = tokens[j]!;
    if (!t.word || t.shape !== 'lower' || t.lineStart || t.start - tokens[j - 1]!.end !== 1 || (isFunctionWord(t.folded) && !NAME_PARTICLES.has(t.folded))) break;
    if (NAME_PARTICLES.has(t.folded)) continue;
    if (isWord(t.folded) && !SURNAMES.has(t.folded)) break;
    end = j;
  }
  return end;
}

/** Subject pronouns, after which a word that is also a name is a verb: "we will", "ils marchent". */

/** Lower-case titles: "m. dupont", "mme durand", "dr martin". */
const TITLES_IN_LOWER_CASE = new Set(['m.', 'mme', 'mme.', 'mlle', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.']);
const afterTitle = (tokens: Token[], i: number) => {
  const p = tokens[i - 1];
  return !!p && p.word && p.shape === 'lower' && TITLES_IN_LOWER_CASE.has(p.folded) && tokens[i]!.start - p.end === 1;
};

/** What texting writes for words, which no surname is: "nadia bcp mieux", "vu karim ajd", "paul stp". */
export const TEXTING = new Set(['dev', 'devs', 'bcp', 'stp', 'svp', 'ajd', 'auj', 'tt', 'tte', 'ttes', 'pr', 'dsl', 'mdr', 'ptdr', 'jsp', 'tkt', 'rdv', 'pcq', 'pck', 'pq', 'pk', 'qd', 'qq', 'qqn', 'qqch', 'slt', 'bjr', 'bsr', 'mtn', 'dc', 'ds', 'vs', 'tjs', 'tjrs', 'ya', 'bsx', 'biz', 'bises', 'bisous', 'dac', 'ok', 'oki', 'asap', 'nrv', 'cad', 'càd', 'ptet', 'pê', 'pe', 'grv', 'msg', 'tel', 'tél', 'dem', 'apm', 'aprem', 'exo', 'perso', 'pro', 'info', 'infos', 'thx', 'pls', 'plz', 'btw', 'fyi', 'tmrw', 'tmr', 'tho', 'u', 'ur', 'w/', 'tbh', 'imo', 'lol', 'abt', 're', 'wrt', 'thru', 'bc', 'cos', 'coz']);
/** Words before a person's name that is no word: "vu avec paul", "call with sam" (never "avec prudence", "with grace"). */
const PERSON_BEFORE = new Set(['avec', 'with', 'vu', 'revu', 'rencontre', 'appele', 'rappeler', 'appeler', 'relancer', 'relance', 'contacter', 'recontacter', 'prevenir', 'remercier', 'informer', 'inviter', 'convoquer', 'briefer', 'selon', 'met', 'meet', 'called', 'call', 'told', 'asked', 'ask', 'per', 'cc', 'merci', 'coucou', 'bonjour', 'salut', 'thanks', 'hi', 'hello']);
/** People of one's work before their name, besides the relatives of relatives.ts: "son boss marc". */
const PEOPLE_AT_WORK = new Set(['boss', 'manager', 'chef', 'cheffe', 'n+1', 'n+2', 'collegue', 'colleague', 'assistant', 'assistante', 'adjoint', 'adjointe', 'stagiaire', 'mentor']);
/** Nouns that name a message, after which "de" leads to its sender: "appel de marie", "retour de paul". */
const MESSAGES = new Set(['appel', 'message', 'mail', 'email', 'e-mail', 'sms', 'texto', 'courrier', 'lettre']);
/** Nouns whose "de" leads to a sender or to anything else ("retour de paul", "retour de congé"): only a name that is no word. */
const RETURNS = new Set(['retour', 'nouvelles']);
/** Verbs after a person's name: "sam says", "marie dit", "paul pense". */
const PERSON_AFTER = new Set(['dit', 'pense', 'veut', 'trouve', 'explique', 'raconte', 'souhaite', 'propose', 'demande', 'estime', 'confie', 'pleure', 'pleurait', 'says', 'said', 'thinks', 'wants', 'feels', 'asked', 'told', 'mentioned', 'agreed', 'called', 'cried', 'laughed', 'replied', 'resigned', 'joined']);
/** Verbs after two names joined as their subject: "will and frank left". */
const PLURAL_SUBJECT_VERBS = new Set(['left', 'stayed', 'came', 'arrived', 'agreed', 'disagreed', 'argued', 'were', 'sont', 'etaient', 'ont', 'partent', 'viennent', 'arrivent']);
/** Teams of a firm, after which "from" or "de la" says who someone is: "mark from finance", "olivier de la compta". */
const TEAMS = new Set(['finance', 'legal', 'hr', 'sales', 'marketing', 'it', 'ops', 'operations', 'procurement', 'accounts', 'payroll', 'compliance', 'audit', 'comms', 'product', 'engineering', 'support', 'facilities', 'compta', 'comptabilite', 'rh', 'juridique', 'achats', 'paie', 'direction', 'informatique', 'qualite', 'logistique', 'production']);
/** Words after which a clause, and its subject, begins: "que marc le méprise", "mais paul a dit". */
const CLAUSE_OPENERS = new Set(['que', "qu'", 'et', 'mais', 'donc', 'car', 'quand', 'si', 'comme', 'puis', 'alors', 'ensuite', 'hier', 'demain', 'finalement', 'sinon', 'bref', 'and', 'but', 'so', 'when', 'if', 'then']);
/** Auxiliaries after a name that is no word: "france est venue", "nathalie a appelé" (never "rose est belle"). */
const AUXILIARIES = new Set(['a', 'est', 'etait', 'avait', 'sera', 'is', 'was', 'has', 'had', 'will']);

/** `word`: the name is also a common word, which "retour de" does not make a name ("retour de noël"). */
const fromSender = (tokens: Token[], i: number, word: boolean) => {
  const p = tokens[i - 1];
  if (!p || (p.folded !== 'de' && p.folded !== "d'")) return false;
  // "de la part de marie", never "une part de conception".
  const noun = tokens[i - 2]?.folded ?? '';
  return MESSAGES.has(noun) || (!word && RETURNS.has(noun)) || (noun === 'part' && tokens[i - 3]?.folded === 'la');
};

/**
 * "benoit a payé", "roger ne vient plus", "que marc le méprise": token `i`, first in its clause,
 * is the subject of the verb after it (an auxiliary, or a pronoun before the verb).
 */
function subjectOfClause(tokens: Token[], i: number): boolean {
  const [p, q] = [tokens[i - 1], tokens[i + 1]];
  const opensClause = tokens[i]!.sentenceStart || (!!p && (CLAUSE_OPENERS.has(p.folded) || p.text === '+' || p.text === ','));
  if (!opensClause || !q?.word) return false;
  const clitic = SUBJECT_CLITICS.has(q.folded) || (p?.folded === 'que' && (q.folded === 'le' || q.folded === 'la' || q.folded === 'les' || q.folded === 'lui'));
  return AUXILIARIES.has(q.folded) || clitic;
}

/** The words around token `i` say it is someone's name; `word`: the name is also a common word, which asks more of them. */
function personAround(tokens: Token[], i: number, word: boolean, language: Language): boolean {
  const [p, q] = [tokens[i - 1], tokens[i + 1]];
  if (p?.word && PEOPLE_AT_WORK.has(p.folded)) return true;
  // "his boss (sue)", "sa cheffe (rose)": named in brackets after the one she is to someone.
  const owner = tokens[i - 2];
  if (p?.text === '(' && q?.text === ')' && owner?.word && (PEOPLE_AT_WORK.has(owner.folded) || RELATIVES[language].has(owner.folded))) return true;
  // "mark from finance", "olivier de la compta": someone of a team.
  if (q?.word && (q.folded === 'from' || q.folded === 'de' || q.folded === 'du')) {
    const article = tokens[i + 2]?.folded;
    const team = tokens[article === 'la' || article === "l'" || article === 'the' ? i + 3 : i + 2];
    if (team?.word && TEAMS.has(team.folded)) return true;
  }
  // "john smith": a common surname after it, on the same line.
  if (fromSender(tokens, i, word) || (q?.word && (PERSON_AFTER.has(q.folded) || (SURNAMES.has(q.folded) && q.start - tokens[i]!.end === 1)))) return true;
  // "sa fille rose" is her pink daughter; "sa fille nadia" is Nadia.
  // "rappeler claire", "vu olivier", "dire à pierre": a verb of contact or of saying takes a
  // person without a determiner, a common noun with one; so does "avec", but for the nouns of a
  // manner ("avec constance", "avec patience"), which are given names too.
  if (word) {
    const q = tokens[i + 1];
    if (p?.word && CONTACT_VERBS.has(p.folded)) return true;
    // "mtg w/ tom": "with" written short.
    if (p?.text === '/' && tokens[i - 2]?.folded === 'w' && tokens[i - 2]!.end === p.start) return true;
    // "spoke to will re his exit", "chat with frank & dawn": a verb of talking, then "to" or "with".
    if (p?.word && (p.folded === 'to' || p.folded === 'with') && tokens[i - 2]?.word && TALKING.has(tokens[i - 2]!.folded)) return true;
    // After "avec" the name ends its phrase ("avec olivier reportée", "avec pierre demain"); "avec claire conscience",
    // "avec juste un peu", "avec france travail" go on with a noun of theirs.
    // A past participle ends it too ("reportée", "annulé").
    const endsPhrase = !q?.word || q.lineStart || PHRASE_AFTER.has(q.folded) || /(?:é|ée|és|ées)$/u.test(q.text);
    if (p?.word && p.folded === 'avec' && !MANNER_NOUNS.has(tokens[i]!.folded) && endsPhrase) return true;
    // "salut claire", "merci pierre !": a greeting before the name, which ends its phrase.
    if (p?.word && GREETINGS.has(p.folded) && (!q?.word || q.lineStart || q.folded === 'pour' || q.folded === 'et')) return true;
    return (p?.text === 'à' || p?.text === 'a') && !!tokens[i - 2]?.word && SAYING_VERBS.has(tokens[i - 2]!.folded);
  }
  if (p?.word && RELATIVES[language].has(p.folded)) return true;
  if (p?.text === '/' && tokens[i - 2]?.folded === 'w') return true;
  if (p?.text === 'à' || p?.text === 'À') return true;
  return (!!p?.word && PERSON_BEFORE.has(p.folded)) || (!!q?.word && AUXILIARIES.has(q.folded));
}

/** Verbs after which a word with no determiner is the person contacted: "rappeler claire", "vu olivier". */
const CONTACT_VERBS = new Set(['vu', 'revu', 'rencontre', 'appele', 'rappele', 'rappeler', 'appeler', 'rappelle', 'appelle', 'relancer', 'relance', 'contacter', 'contacte', 'recontacter', 'prevenir', 'previens', 'remercier', 'informer', 'inviter', 'convoquer', 'briefer', 'called', 'call', 'met', 'meet', 'told', 'asked', 'ask', 'emailed', 'texted', 'messaged', 'pinged', 'phoned', 'rang', 'thanked']);
/** Words for an employer before a company's name: "leaving barclays", "for monzo", "rejoint danone". */
const ORGANISATION_BEFORE = new Set(['pour', 'rejoint', 'quitte', 'at', 'for', 'joined', 'joining', 'join', 'leaving', 'left', 'leave', 'from', 'quit']);
/** Verbs of talking, before "to" or "with" and a person: "spoke to will", "chat with frank". */
const TALKING = new Set(['spoke', 'speak', 'speaking', 'talked', 'talk', 'talking', 'chat', 'chatted', 'chatting', 'catch', 'caught', 'met', 'meeting', 'checked', 'check', 'sync', 'synced', 'call', 'called', 'emailed', 'wrote', 'write']);
/** Verbs of saying and sending, before "à" and a person: "dire à pierre", "écrire a claire". */
const SAYING_VERBS = new Set(['dire', 'dis', 'dit', 'demander', 'demande', 'ecrire', 'ecris', 'envoyer', 'envoie', 'transmettre', 'transmets', 'parler', 'parle', 'repondre', 'reponds', 'expliquer', 'explique', 'proposer', 'propose', 'rappeler', 'passer']);
/** Pronouns that follow a verb as its object or subject: "hope you're well", "espère que tu". */
const PRONOUNS = new Set(['you', "you're", "you've", "you'll", 'it', "it's", 'we', 'this', 'that', 'everyone', 'all', 'que', "qu'", 'tu', 'vous', 'nous']);

/** What may follow a name that ends its phrase after "avec": a time, a place's or a list's word. */
const PHRASE_AFTER = new Set(['demain', 'hier', 'ce', 'cet', 'cette', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'a', 'à', 'au', 'pour', 'et', 'ou', 'sur', 'en', 'le', 'ok', 'puis', 'ensuite']);
/** Nouns of a manner that are given names too: "avec constance", "avec patience", "avec grâce". */
const MANNER_NOUNS = new Set(['constance', 'patience', 'prudence', 'grace', 'joie', 'esperance', 'clemence', 'foi', 'felicite', 'gloire', 'victoire', 'sagesse', 'fidelite', 'liberte', 'douceur', 'ferveur', 'honneur', 'ambre', 'amour']);

/** Words of grammar that no name in lower case is: articles, pronouns, prepositions, "et". */
const FUNCTION_WORDS = new Set(['lui', 'leur', 'eux', 'moi', 'toi', 'soi', 'celui', 'celle', 'ceux', 'tout', 'tous', 'toute', 'toutes', 'chacun', 'chacune', 'autrui', 'me', 'te', 'him', 'them', 'us', 'et', 'ou', 'mais', 'donc', 'car', 'ni', 'que', 'qui', 'quoi', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'tu', 'se', 'ne', 'pas', 'plus', 'a', 'est', 'sont', 'ce', 'ca', 'y', 'en', 'dans', 'sur', 'sous', 'pour', 'par', 'avec', 'sans', 'chez', 'vers', 'and', 'or', 'but', 'the', 'to', 'of', 'in', 'on', 'at', 'for', 'from', 'is', 'was', 'he', 'she', 'they', 'it', 'we', 'you', 'i', 'his', 'her', 'their', 'this', 'that', 'demain', 'hier', 'aujourd\'hui', 'today', 'tomorrow', 'yesterday', 'matin', 'soir']);
const isFunctionWord = (f: string) => FUNCTION_WORDS.has(f) || DETERMINED.has(f);
/** Words after which a first name that is also a word is that word: "le marc", "de la rose", "une claire". */
const DETERMINED = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'ce', 'cet', 'cette', 'ces', 'mon', 'ton', 'son', 'ma', 'ta', 'sa', 'mes', 'tes', 'ses', 'notre', 'votre', 'leur', 'leurs', 'au', 'aux', 'en', 'tres', 'plus', 'moins', 'si', 'the', 'an', 'of', 'is', 'was', 'very', 'more']);
/** Folded, English "a" and French "à" are one word: only the first determines ("a rose", not "parlé à marc"). */
const determined = (t: Token | undefined) => !!t && (DETERMINED.has(t.folded) || t.text === 'a' || t.text === 'A');
