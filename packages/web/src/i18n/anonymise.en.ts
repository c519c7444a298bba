import type { anonymiseFr } from './anonymise.fr';
import type { Widen } from './widen';

/** "Anonymise a text", in English: the same keys as French. */
export const anonymiseEn: Widen<typeof anonymiseFr> = {
  nav: 'Anonymise',
  title: 'Anonymise a text',
  intro: 'Notes for your supervisor, an e-mail: paste the text, and Alliance replaces names, places, contact details and dates, and tells you what it found and why.',
  notKept: 'The text is not kept: Alliance anonymises it and forgets it at once, without saving it or writing it in any log.',
  form: {
    label: 'Text and settings',
    text: 'Text to anonymise',
    textHint: 'Paste or type the text, up to 200,000 characters.',
    language: 'Language of the text',
    engagement: 'Known names from an engagement',
    engagementHint: 'Optional. The names in its records (the client, their organisation, the sponsor and its contact) are never missed, however they are spelt.',
    noEngagement: 'None',
    engagementOption: '{{client}} — {{title}}',
    submit: 'Anonymise',
    working: 'Anonymising…',
  },
  result: {
    title: 'Anonymised text',
    legend: 'Highlighted: what was replaced. Dotted underline: a detail to check, left as it is.',
    copy: 'Copy the anonymised text',
    stale: 'You have changed the text since: anonymise it again before copying the result.',
    nothing: 'Nothing to mask was found. Read the text through all the same before sending it.',
    unmarked: 'The anonymised text is shown without highlights: what was found is listed beside it.',
  },
  found: {
    title: 'What was replaced',
    count_one: '{{count}} name or contact detail replaced, to read through.',
    count_other: '{{count}} names or contact details replaced, to read through.',
    becomes: 'becomes',
    why: 'found by: {{source}}, {{confidence}}%',
    times: '{{count}} times',
  },
  details: {
    title: 'Details to check',
    hint: 'Left as they are: alone they name no one; together they can make someone recognisable. A capitalised word that nothing masks may be a name.',
    instead: 'instead: “{{suggestion}}”',
    kinds: { age: 'Age', headcount: 'Headcount', family: 'Family', seniority: 'Length of service', origin: 'Origin', capital: 'Capitalised word left as is' },
  },
};
