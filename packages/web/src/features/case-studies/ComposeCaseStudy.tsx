import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EditActions } from '../../ui/EditActions';
import { SelectField } from '../../ui/fields';
import { Icon } from '../../ui/icons';
import { useComposeCaseStudy } from './api';

/** On the engagement page: draft a case study from this engagement's records. */
export function ComposeCaseStudy({ engagementId }: { engagementId: string }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<'fr' | 'en'>(i18n.language === 'en' ? 'en' : 'fr');
  const compose = useComposeCaseStudy(engagementId);
  const navigate = useNavigate();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    compose.mutate(language, { onSuccess: (c) => navigate(`/case-studies/${c.id}`) });
  };
  return (
    <details className="card disclosure">
      <summary>
        <Icon name="contract" /> {t('caseStudies.compose.title')}
      </summary>
      <form className="form" onSubmit={submit} noValidate aria-label={t('caseStudies.compose.title')}>
        <p className="muted">{t('caseStudies.compose.hint')}</p>
        <SelectField
          id="case-study-language"
          label={t('caseStudies.compose.language')}
          value={language}
          onChange={(e) => setLanguage(e.target.value as 'fr' | 'en')}
          options={[
            { value: 'fr', label: t('language.fr') },
            { value: 'en', label: t('language.en') },
          ]}
        />
        <EditActions mutation={compose} saveLabel={t('caseStudies.compose.submit')} />
      </form>
    </details>
  );
}
