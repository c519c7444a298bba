import type { CreatedInvitation } from '@alliance/api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../ui/CopyButton';
import { FormError, useFieldErrors } from '../../ui/errors';
import { TextField } from '../../ui/fields';
import { useFormat } from '../../ui/format';
import { joinLink, useInvite } from './api';

/** Invites a colleague by a link the owner sends herself: no e-mail leaves Alliance yet. */
export function InviteForm() {
  const { t } = useTranslation();
  const format = useFormat();
  const invite = useInvite();
  const fieldError = useFieldErrors(invite.error);
  const [email, setEmail] = useState('');
  const [created, setCreated] = useState<CreatedInvitation | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setCreated(null);
    invite.mutate(email.trim(), {
      onSuccess: (result) => {
        setCreated(result);
        setEmail('');
      },
    });
  };

  const link = created ? joinLink(created.joinPath) : '';
  return (
    <>
      <form className="form form--inline" onSubmit={submit} noValidate aria-labelledby="invite-title">
        <h3 id="invite-title" className="subhead">
          {t('colleagues.invite.title')}
        </h3>
        <TextField
          id="invite-email"
          name="email"
          type="email"
          autoComplete="off"
          label={t('colleagues.invite.email')}
          hint={t('colleagues.invite.hint')}
          className="field--medium"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError('email')}
          required
        />
        <FormError error={invite.error} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={invite.isPending}>
            {invite.isPending ? t('colleagues.invite.pending') : t('colleagues.invite.submit')}
          </button>
        </div>
      </form>
      {created ? (
        <div className="invite-link" role="status">
          <p>
            <strong>{t('colleagues.invite.created', { email: created.email })}</strong> {t('colleagues.invite.noEmail', { date: format.date(created.expiresAt) })}
          </p>
          <div className="invite-link__row">
            <label htmlFor="invite-link" className="visually-hidden">
              {t('colleagues.invite.link')}
            </label>
            <input id="invite-link" type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
            <CopyButton text={link} label={t('colleagues.invite.copy')} />
          </div>
          <p className="field-hint">{t('colleagues.invite.once')}</p>
        </div>
      ) : null}
    </>
  );
}
