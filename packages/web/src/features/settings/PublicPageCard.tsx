import { API, type Practice, type UpdatePractice } from '@alliance/api';
import { PAGE_HEADING_MAX, PAGE_INTRO_MAX } from '@alliance/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { keys } from '../../api/keys';
import { useFieldErrors } from '../../ui/errors';
import { TextAreaField, TextField } from '../../ui/fields';
import { Card } from '../../ui/page';
import { useCurrentMe } from '../auth/api';
import { OwnerSaveActions } from './OwnerSaveActions';

/**
 * The heading and short introduction of the practice's public page, where its case
 * studies are published. Plain text; empty, the page keeps its usual heading. Owner only.
 */
export function PublicPageCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const queryClient = useQueryClient();
  const [heading, setHeading] = useState(me.practice.pageHeading);
  const [intro, setIntro] = useState(me.practice.pageIntro);
  const [saved, setSaved] = useState(false);
  const update = useMutation({
    mutationFn: (patch: UpdatePractice) => api.patch<Practice>(API.practice, patch),
    onSuccess: (practice) => {
      queryClient.setQueryData(keys.me, { ...me, practice });
      setHeading(practice.pageHeading);
      setIntro(practice.pageIntro);
      setSaved(true);
    },
  });
  const fieldError = useFieldErrors(update.error);
  // The server's own refusal of a line break or a control character, in the coach's words.
  const errorOf = (field: 'pageHeading' | 'pageIntro') => {
    const message = fieldError(field);
    return message && /plain text/i.test(message) ? t(field === 'pageHeading' ? 'settings.page.headingPlainText' : 'settings.page.introPlainText') : message;
  };
  const edited = (set: (v: string) => void) => (v: string) => {
    set(v);
    setSaved(false);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    update.mutate({ pageHeading: heading, pageIntro: intro });
  };

  return (
    <Card title={t('settings.page.title')} titleId="settings-public-page">
      <form id="public-page" className="form" onSubmit={submit} noValidate aria-labelledby="settings-public-page">
        <p className="field-hint">{t('settings.page.hint')}</p>
        <TextField
          id="practice-pageHeading"
          label={t('settings.page.heading')}
          hint={t('settings.page.headingHint', { max: PAGE_HEADING_MAX })}
          value={heading}
          maxLength={PAGE_HEADING_MAX}
          placeholder={t('settings.page.headingPlaceholder')}
          onChange={(e) => edited(setHeading)(e.target.value)}
          error={errorOf('pageHeading')}
          disabled={!canEdit}
        />
        <TextAreaField
          id="practice-pageIntro"
          label={t('settings.page.intro')}
          hint={t('settings.page.introHint', { count: intro.length, max: PAGE_INTRO_MAX })}
          rows={4}
          value={intro}
          maxLength={PAGE_INTRO_MAX}
          onChange={(e) => edited(setIntro)(e.target.value)}
          error={errorOf('pageIntro')}
          disabled={!canEdit}
        />
        <OwnerSaveActions canEdit={canEdit} mutation={update} saved={saved} savedText={t('settings.page.saved')} ownerOnlyText={t('settings.ownerOnly')} />
      </form>
    </Card>
  );
}
