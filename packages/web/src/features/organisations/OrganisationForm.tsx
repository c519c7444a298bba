import type { Organisation, OrganisationInput } from '@alliance/api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, useFieldErrors } from '../../ui/errors';
import { TextAreaField, TextField } from '../../ui/fields';

type Values = Required<Omit<OrganisationInput, 'notes'>> & { notes: string };

const valuesOf = (o?: Organisation): Values => ({
  name: o?.name ?? '',
  contactName: o?.contactName ?? '',
  contactEmail: o?.contactEmail ?? '',
  contactPhone: o?.contactPhone ?? '',
  notes: o?.notes ?? '',
});

/** A sponsor or employer, and the person the coach deals with there. */
export function OrganisationForm({
  idPrefix,
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  initial?: Organisation;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: OrganisationInput) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState<Values>(() => valuesOf(initial));
  const fieldError = useFieldErrors(error);
  const set = (key: keyof Values) => (e: { target: { value: string } }) => setV((prev) => ({ ...prev, [key]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      name: v.name.trim(),
      contactName: v.contactName.trim(),
      contactEmail: v.contactEmail.trim(),
      contactPhone: v.contactPhone.trim(),
      notes: v.notes.trim(),
    });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={submitLabel}>
      <TextField id={`${idPrefix}-name`} label={t('organisations.form.name')} autoComplete="organization" value={v.name} onChange={set('name')} error={fieldError('name')} required />
      <div className="form-grid">
        <TextField id={`${idPrefix}-contactName`} label={t('organisations.form.contactName')} autoComplete="off" value={v.contactName} onChange={set('contactName')} error={fieldError('contactName')} />
        <TextField id={`${idPrefix}-contactEmail`} type="email" label={t('organisations.form.contactEmail')} autoComplete="off" value={v.contactEmail} onChange={set('contactEmail')} error={fieldError('contactEmail')} />
        <TextField id={`${idPrefix}-contactPhone`} type="tel" label={t('organisations.form.contactPhone')} autoComplete="off" value={v.contactPhone} onChange={set('contactPhone')} error={fieldError('contactPhone')} />
      </div>
      <TextAreaField id={`${idPrefix}-notes`} label={t('organisations.form.notes')} rows={3} value={v.notes} onChange={set('notes')} error={fieldError('notes')} />
      <FormError error={error} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t('common.saving') : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--ghost" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
