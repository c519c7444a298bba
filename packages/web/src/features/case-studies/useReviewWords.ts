import { useTranslation } from 'react-i18next';

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
    /** Names quoted and joined as a sentence joins them: « « Claire Vasseur », « Claire » et « C. V. » ». */
    names: (texts: readonly string[]) => new Intl.ListFormat(i18n.language === 'en' ? 'en' : 'fr', { type: 'conjunction' }).format(texts.map((text) => t('caseStudies.review.quoted', { text }))),
  };
}
