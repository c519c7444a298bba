import type { CaseStudy } from '@alliance/api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIsoDate } from '../../ui/datetime';
import { SelectField, TextAreaField } from '../../ui/fields';
import { useFormat } from '../../ui/format';
import { useSaveConsent } from './api';
import { ConsentFormError, useConsentFieldErrors } from './ConsentFormError';
import { DateTextField } from '../../ui/DateTextField';

/** The basis for publishing: the consent the client gave in her space, her consent recorded by the coach, or the coach's composite statement. */
export function ConsentForm({ caseStudy }: { caseStudy: CaseStudy }) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useSaveConsent(caseStudy.id);
  const fieldError = useConsentFieldErrors(save.error);
  const current = caseStudy.consent;
  const [kind, setKind] = useState<'client_space' | 'client' | 'composite'>(current?.kind === 'client' && current.source === 'client_space' ? 'client_space' : (current?.kind ?? 'client'));
  const [scope, setScope] = useState<'anonymised' | 'first_name' | 'full_name'>(current?.kind === 'client' ? current.scope : 'anonymised');
  // Today in her zone, not in UTC: late in a Paris evening it is still today.
  const today = todayIsoDate();
  const [givenOn, setGivenOn] = useState<string | null>(current?.kind === 'client' ? current.givenOn : today);
  const [sent, setSent] = useState(false);
  const [statement, setStatement] = useState(current?.kind === 'composite' ? current.statement : '');
  const [withdrawn, setWithdrawn] = useState(Boolean(current?.kind === 'client' && current.withdrawnOn));

  // Another basis, another form: what the server said of the last one no longer applies.
  const choose = (next: typeof kind) => {
    setKind(next);
    save.reset();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSent(true);
    if (kind === 'client' && !givenOn) {
      // The field says what is wrong; she lands on it.
      document.getElementById('consent-given-on')?.focus();
      return;
    }
    save.mutate(
      kind === 'client_space'
        ? { kind }
        : kind === 'client'
          ? { kind, scope, givenOn: givenOn!, withdrawnOn: withdrawn ? today : null }
          : { kind, statement },
    );
  };
  const date = (iso: string) => format.date(iso);

  return (
    <section className="card" aria-labelledby="consent-title">
      <h2 id="consent-title">{t('caseStudies.consent.title')}</h2>
      <p className="muted">{t('caseStudies.consent.hint')}</p>
      <p role="status">
        {!current
          ? t('caseStudies.consent.current.none')
          : current.kind === 'composite'
            ? t('caseStudies.consent.current.composite', { date: date(current.statedAt), statement: current.statement })
            : current.withdrawnOn
              ? t('caseStudies.consent.current.withdrawn', { date: date(current.withdrawnOn) })
              : t(current.source === 'client_space' ? 'caseStudies.consent.current.clientSpace' : 'caseStudies.consent.current.client', {
                  scope: t(`caseStudies.consent.scopes.${current.scope}`),
                  date: date(current.givenOn),
                })}
      </p>
      <form className="form" onSubmit={submit} noValidate aria-label={t('caseStudies.consent.title')}>
        <fieldset className="choice-group">
          <legend>{t('caseStudies.consent.kind')}</legend>
          <label>
            <input type="radio" name="consent-kind" value="client_space" checked={kind === 'client_space'} onChange={() => choose('client_space')} /> {t('caseStudies.consent.clientSpace')}
          </label>
          <label>
            <input type="radio" name="consent-kind" value="client" checked={kind === 'client'} onChange={() => choose('client')} /> {t('caseStudies.consent.client')}
          </label>
          <label>
            <input type="radio" name="consent-kind" value="composite" checked={kind === 'composite'} onChange={() => choose('composite')} /> {t('caseStudies.consent.composite')}
          </label>
        </fieldset>
        {kind === 'client_space' ? (
          <p className="muted">{t('caseStudies.consent.clientSpaceHint')}</p>
        ) : kind === 'client' ? (
          <div className="form-grid form-grid--tight">
            <SelectField
              id="consent-scope"
              label={t('caseStudies.consent.scope')}
              value={scope}
              onChange={(e) => setScope(e.target.value as typeof scope)}
              options={(['anonymised', 'first_name', 'full_name'] as const).map((s) => ({ value: s, label: t(`caseStudies.consent.scopes.${s}`) }))}
              error={fieldError('scope')}
            />
            <DateTextField id="consent-given-on" label={t('caseStudies.consent.givenOn')} value={givenOn} onChange={setGivenOn} max={today} error={fieldError('givenOn')} checked={sent} required />
            <label className="checkbox">
              <input type="checkbox" checked={withdrawn} onChange={(e) => setWithdrawn(e.target.checked)} /> {t('caseStudies.consent.withdraw')}
            </label>
          </div>
        ) : (
          <TextAreaField
            id="consent-statement"
            label={t('caseStudies.consent.statement')}
            hint={t('caseStudies.consent.statementHint')}
            value={statement}
            onChange={(e) => setStatement(e.target.value)}
            error={fieldError('statement')}
            required
          />
        )}
        <ConsentFormError error={save.error} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t('common.saving') : t('caseStudies.consent.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
