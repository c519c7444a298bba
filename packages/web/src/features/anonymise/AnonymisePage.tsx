import { ANONYMISE_MODES, type AnonymiseMode } from '@alliance/domain';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EditActions } from '../../ui/EditActions';
import { useFieldErrors } from '../../ui/errors';
import { SelectField, TextAreaField } from '../../ui/fields';
import { PageHeader } from '../../ui/page';
import { useEngagements } from '../engagements/api';
import { AnonymisedResult } from './AnonymisedResult';
import { useAnonymise } from './api';
import './anonymise.css';

type Language = 'fr' | 'en';

/**
 * "Anonymiser un texte": supervision notes, an e-mail, anything the coach is about to
 * send, anonymised by the same anonymiser as the case studies, with what it found and
 * why. Nothing is stored: the text goes to the server, comes back, and is forgotten.
 */
export function AnonymisePage() {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState('');
  const [language, setLanguage] = useState<Language>(i18n.language === 'en' ? 'en' : 'fr');
  const [mode, setMode] = useState<AnonymiseMode>('initials');
  const [engagementId, setEngagementId] = useState('');
  const [missingText, setMissingText] = useState(false);
  // The text and language the shown result was made from: the coach may type on afterwards.
  const [sent, setSent] = useState<{ text: string; language: Language } | null>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const anonymise = useAnonymise();
  const engagements = useEngagements();
  const fieldError = useFieldErrors(anonymise.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setMissingText(true);
      textArea.current?.focus();
      return;
    }
    setMissingText(false);
    const request = { text, language, mode, ...(engagementId ? { engagementId } : {}) };
    anonymise.mutate(request, { onSuccess: () => setSent({ text, language }) });
  };

  const engagementOptions = [
    { value: '', label: t('anonymise.form.noEngagement') },
    ...[...(engagements.data ?? [])]
      .sort((a, b) => a.clientName.localeCompare(b.clientName, i18n.language) || a.title.localeCompare(b.title, i18n.language))
      .map((e) => ({ value: e.id, label: t('anonymise.form.engagementOption', { client: e.clientName, title: e.title }) })),
  ];

  return (
    <div className="anonymise">
      <PageHeader title={t('anonymise.title')}>
        <p className="anonymise__intro">{t('anonymise.intro')}</p>
      </PageHeader>
      <div className="stack">
        <form className="card form" onSubmit={submit} noValidate aria-label={t('anonymise.form.label')}>
          <p className="callout callout--info anonymise__kept">{t('anonymise.notKept')}</p>
          <TextAreaField
            id="anonymise-text"
            ref={textArea}
            label={t('anonymise.form.text')}
            hint={t('anonymise.form.textHint')}
            required
            rows={10}
            maxLength={200_000}
            spellCheck
            lang={language}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={missingText ? t('errors.field.required') : fieldError('text')}
          />
          <div className="form-grid anonymise__settings">
            <SelectField
              id="anonymise-language"
              label={t('anonymise.form.language')}
              value={language}
              onChange={(e) => setLanguage(e.target.value as Language)}
              options={[
                { value: 'fr', label: t('language.fr') },
                { value: 'en', label: t('language.en') },
              ]}
            />
            <SelectField
              id="anonymise-mode"
              label={t('caseStudies.editor.mode')}
              value={mode}
              onChange={(e) => setMode(e.target.value as AnonymiseMode)}
              options={ANONYMISE_MODES.map((m) => ({ value: m, label: t(`caseStudies.editor.modes.${m}`) }))}
            />
            <SelectField
              id="anonymise-engagement"
              className="anonymise__engagement"
              label={t('anonymise.form.engagement')}
              hint={t('anonymise.form.engagementHint')}
              value={engagementId}
              onChange={(e) => setEngagementId(e.target.value)}
              options={engagementOptions}
              error={fieldError('engagementId')}
            />
          </div>
          <EditActions mutation={anonymise} saveLabel={t('anonymise.form.submit')} pendingLabel={t('anonymise.form.working')} />
        </form>
        {anonymise.data && sent ? <AnonymisedResult input={sent.text} language={sent.language} result={anonymise.data} stale={sent.text !== text} /> : null}
      </div>
    </div>
  );
}
