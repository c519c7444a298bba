import type { Organisation } from '@alliance/api';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, useFieldErrors } from '../../ui/errors';
import { TextField } from '../../ui/fields';
import { useCreateOrganisation } from './api';

/**
 * Creates an organisation without leaving the form in progress. It is a group
 * inside that form, not a nested <form>, so Enter creates the organisation
 * rather than submitting the outer form.
 */
export function InlineOrganisation({ idPrefix, onCreated, onCancel }: { idPrefix: string; onCreated: (o: Organisation) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [contactName, setContactName] = useState('');
  const create = useCreateOrganisation();
  const fieldError = useFieldErrors(create.error);

  const submit = () =>
    create.mutate(
      { name: name.trim(), ...(contactName.trim() ? { contactName: contactName.trim() } : {}) },
      { onSuccess: (created) => onCreated(created) },
    );
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      submit();
    }
  };

  return (
    <fieldset className="inline-create" onKeyDown={onKeyDown}>
      <legend>{t('organisations.inline.legend')}</legend>
      <TextField
        id={`${idPrefix}-new-org-name`}
        label={t('organisations.inline.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={fieldError('name')}
        required
        autoFocus
      />
      <TextField
        id={`${idPrefix}-new-org-contact`}
        label={t('organisations.inline.contactName')}
        value={contactName}
        onChange={(e) => setContactName(e.target.value)}
        error={fieldError('contactName')}
      />
      <FormError error={create.error} />
      <div className="form-actions">
        <button type="button" className="button button--secondary" onClick={submit} disabled={create.isPending}>
          {t('organisations.inline.create')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </fieldset>
  );
}
