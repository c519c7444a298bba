import type { EntityType } from '@alliance/domain';
import { useTranslation } from 'react-i18next';

/** The types publication does not wait for: the proposal stands unless she says otherwise. */
const OPTIONAL_TYPES = ['place', 'date'] as const;

/** The review's counts and lists of names in words, in the screen's language. */
export function useReviewWords() {
  const { t, i18n } = useTranslation();
  return {
    /** People first, then the other sensitive names: « 1 personne et 2 noms sensibles ». */
    who: ({ people, names }: { people: number; names: number }) => {
      const p = t('caseStudies.review.people', { count: people });
      const n = t('caseStudies.review.names', { count: names });
      return people && names ? t('caseStudies.review.both', { people: p, names: n }) : people ? p : n;
    },
    /** What she may check if she wishes, by type: « Facultatif : 3 lieux et 1 date gardent la proposition… »; nothing, none. */
    optional: (counts: Partial<Record<EntityType, number>>) => {
      const present = OPTIONAL_TYPES.filter((type) => (counts[type] ?? 0) > 0);
      if (present.length === 0) return '';
      const what = new Intl.ListFormat(i18n.language === 'en' ? 'en' : 'fr', { type: 'conjunction' }).format(present.map((type) => t(`caseStudies.review.optionalTypes.${type}`, { count: counts[type]! })));
      return t('caseStudies.review.optional', { count: present.reduce((n, type) => n + counts[type]!, 0), what });
    },
    /** Names quoted and joined as a sentence joins them: « « Claire Vasseur », « Claire » et « C. V. » ». */
    names: (texts: readonly string[]) => new Intl.ListFormat(i18n.language === 'en' ? 'en' : 'fr', { type: 'conjunction' }).format(texts.map((text) => t('caseStudies.review.quoted', { text }))),
  };
}
