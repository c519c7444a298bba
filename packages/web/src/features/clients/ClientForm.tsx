import type { Client, ClientInput } from '@alliance/api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, useFieldErrors } from '../../ui/errors';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { useOrganisations } from '../organisations/api';
import { InlineOrganisation } from '../organisations/InlineOrganisation';

interface Values {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  organisationId: string;
  role: string;
  remindersOff: boolean;
}

const valuesOf = (c?: Client): Values => ({
  firstName: c?.firstName ?? '',
  lastName: c?.lastName ?? '',
  email: c?.email ?? '',
  phone: c?.phone ?? '',
  organisationId: c?.organisationId ?? '',
  role: c?.role ?? '',
  remindersOff: c?.remindersOff ?? false,
});

/** New or existing client: the same fields, the server's refusals beside each. */
export function ClientForm({
  idPrefix,
  initial,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  initial?: Client;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (input: ClientInput) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState<Values>(() => valuesOf(initial));
  const [creatingOrg, setCreatingOrg] = useState(false);
  const organisations = useOrganisations();
  const fieldError = useFieldErrors(error);
  const set = (key: keyof Values) => (e: { target: { value: string } }) => setV((prev) => ({ ...prev, [key]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      firstName: v.firstName.trim(),
      lastName: v.lastName.trim(),
      email: v.email.trim(),
      phone: v.phone.trim(),
      organisationId: v.organisationId || null,
      role: v.role.trim(),
      remindersOff: v.remindersOff,
    });
  };

  const orgOptions = [
    { value: '', label: t('clients.form.noOrganisation') },
    ...(organisations.data ?? []).map((o) => ({ value: o.id, label: o.name })),
  ];

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={submitLabel}>
      <div className="form-grid">
        <TextField id={`${idPrefix}-firstName`} label={t('clients.form.firstName')} autoComplete="off" value={v.firstName} onChange={set('firstName')} error={fieldError('firstName')} required />
        <TextField id={`${idPrefix}-lastName`} label={t('clients.form.lastName')} autoComplete="off" value={v.lastName} onChange={set('lastName')} error={fieldError('lastName')} required />
        <TextField id={`${idPrefix}-email`} type="email" label={t('clients.form.email')} autoComplete="off" value={v.email} onChange={set('email')} error={fieldError('email')} />
        <TextField id={`${idPrefix}-phone`} type="tel" label={t('clients.form.phone')} autoComplete="off" value={v.phone} onChange={set('phone')} error={fieldError('phone')} />
      </div>
      <div className="field-with-action">
        <SelectField
          id={`${idPrefix}-organisationId`}
          label={t('clients.form.organisation')}
          value={v.organisationId}
          onChange={set('organisationId')}
          options={orgOptions}
          error={fieldError('organisationId')}
          hint={t('clients.form.organisationHint')}
        />
        {!creatingOrg ? (
          <button type="button" className="button button--link" onClick={() => setCreatingOrg(true)}>
            {t('organisations.inline.open')}
          </button>
        ) : null}
      </div>
      {creatingOrg ? (
        <InlineOrganisation
          idPrefix={idPrefix}
          onCreated={(o) => {
            setV((prev) => ({ ...prev, organisationId: o.id }));
            setCreatingOrg(false);
          }}
          onCancel={() => setCreatingOrg(false)}
        />
      ) : null}
      <TextAreaField
        id={`${idPrefix}-role`}
        label={t('clients.form.role')}
        hint={t('clients.form.roleHint')}
        rows={4}
        value={v.role}
        onChange={set('role')}
        error={fieldError('role')}
      />
      <label className="checkbox">
        <input type="checkbox" checked={v.remindersOff} onChange={(e) => setV((prev) => ({ ...prev, remindersOff: e.target.checked }))} /> {t('clients.form.remindersOff')}
      </label>
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
