import type { Engagement } from '@alliance/api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EditActions } from '../../ui/EditActions';
import { useFieldErrors } from '../../ui/errors';
import { useFormat } from '../../ui/format';
import { useCurrentMe } from '../auth/api';
import { useUpdateEngagement } from './api';
import { ContractFields } from './ContractFields';
import { EngagementBasics, type BasicsDraft } from './EngagementBasics';
import { contractDraftOf, contractInputOf, partiesFor, wholeOrUndefined, type ContractDraft } from './form-model';

/** The contract as agreed, readable at a glance; "Modifier" opens the same fields as at creation. */
export function ContractTab({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return editing ? <ContractEdit engagement={engagement} onDone={() => setEditing(false)} /> : (
    <div className="contract-view">
      <div className="section-actions">
        <button type="button" className="button button--secondary button--small" onClick={() => setEditing(true)}>
          {t('contract.edit')}
        </button>
      </div>
      <ContractSummary engagement={engagement} />
    </div>
  );
}

function ContractSummary({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { practice } = useCurrentMe();
  const range = { min: practice.minimumSessions, deepMin: practice.deepWorkMin, deepMax: practice.deepWorkMax };
  const c = engagement.contract;
  const dash = <span className="muted">—</span>;
  return (
    <>
      <dl className="details details--grid">
        <div>
          <dt>{t('contract.agreedOn')}</dt>
          <dd>{c.agreedOn ? format.date(c.agreedOn) : <span className="muted">{t('contract.notAgreed')}</span>}</dd>
        </div>
        <div>
          <dt>{t('engagements.form.plannedSessions')}</dt>
          <dd>
            {engagement.plannedSessions ?? dash}
            {engagement.planAdvice !== 'none' ? <p className={`guidance__advice guidance__advice--${engagement.planAdvice}`}>{t(`plan.advice.${engagement.planAdvice}`, range)}</p> : null}
          </dd>
        </div>
        <div>
          <dt>{t('contract.cadence')}</dt>
          <dd>{c.cadence ? t(`cadence.${c.cadence}`) : dash}</dd>
        </div>
        <div>
          <dt>{t('contract.sessionDuration')}</dt>
          <dd>{c.sessionDurationMinutes ? t('common.minutes', { count: c.sessionDurationMinutes }) : dash}</dd>
        </div>
        <div>
          <dt>{t('engagements.form.origin')}</dt>
          <dd>{t(`origin.${engagement.origin}`)}</dd>
        </div>
        <div>
          <dt>{t('engagements.form.sponsor')}</dt>
          <dd>
            {engagement.sponsorName ?? t('engagements.form.noSponsor')}
            {engagement.threeWay ? <span className="tag">{t('contract.threeWay')}</span> : null}
          </dd>
        </div>
        {engagement.sponsorId ? (
          <div>
            <dt>{t('contract.sponsorVisibility')}</dt>
            <dd>{t(`sponsorVisibility.${c.sponsorVisibility}`)}</dd>
          </div>
        ) : null}
      </dl>

      <h3 className="subhead">{t('contract.boundaries')}</h3>
      <div className={engagement.sponsorId ? 'boundaries__grid boundaries__grid--three' : 'boundaries__grid'}>
        {partiesFor(Boolean(engagement.sponsorId)).map((party) => {
          const b = c.boundaries.find((x) => x.party === party);
          return (
            <section key={party} className="boundary boundary--view" aria-label={t(`party.${party}`)}>
              <h4 className="boundary__party">{t(`party.${party}`)}</h4>
              <p className="boundary__label">{t('contract.responsibilities')}</p>
              {b?.responsibilities.length ? (
                <ul>
                  {b.responsibilities.map((r, i) => (
                    <li key={i}>{r}</li>
                  ))}
                </ul>
              ) : (
                <p className="muted">—</p>
              )}
              <p className="boundary__label">{t('contract.outOfScope')}</p>
              {b?.outOfScope.length ? (
                <ul className="out-of-scope">
                  {b.outOfScope.map((r, i) => (
                    <li key={i}>{r}</li>
                  ))}
                </ul>
              ) : (
                <p className="muted">—</p>
              )}
            </section>
          );
        })}
      </div>

      <h3 className="subhead">{t('contract.confidentialityClause')}</h3>
      <p className="prose">{c.confidentialityClause || <span className="muted">{t('contract.noClause')}</span>}</p>
      <h3 className="subhead">{t('contract.limitsOfConfidentiality')}</h3>
      <p className="prose">{c.limitsOfConfidentiality || <span className="muted">{t('contract.noLimits')}</span>}</p>
    </>
  );
}

function ContractEdit({ engagement, onDone }: { engagement: Engagement; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateEngagement(engagement.id);
  const fieldError = useFieldErrors(update.error);
  const [basics, setBasics] = useState<BasicsDraft>({
    title: engagement.title,
    sponsorId: engagement.sponsorId ?? '',
    origin: engagement.origin,
    plannedSessions: engagement.plannedSessions ? String(engagement.plannedSessions) : '',
  });
  const [contract, setContract] = useState<ContractDraft>(() => contractDraftOf(engagement.contract));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const planned = wholeOrUndefined(basics.plannedSessions);
    update.mutate(
      {
        title: basics.title.trim(),
        sponsorId: basics.sponsorId || null,
        origin: basics.origin,
        plannedSessions: planned ?? null,
        contract: contractInputOf(contract, Boolean(basics.sponsorId)),
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('contract.editTitle')}>
      <EngagementBasics idPrefix="edit-engagement" draft={basics} onChange={setBasics} fieldError={fieldError} />
      <ContractFields idPrefix="edit-contract" draft={contract} onChange={setContract} hasSponsor={Boolean(basics.sponsorId)} fieldError={(p) => fieldError(`contract.${p}`)} />
      <EditActions mutation={update} onCancel={onDone} saveLabel={t('contract.save')} />
    </form>
  );
}
