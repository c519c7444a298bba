import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormError, useFieldErrors } from '../../ui/errors';
import { SelectField } from '../../ui/fields';
import { Card, PageHeader } from '../../ui/page';
import { clientName, useClients } from '../clients/api';
import { useCreateEngagement } from './api';
import { ContractFields } from './ContractFields';
import { EngagementBasics, type BasicsDraft } from './EngagementBasics';
import { contractInputOf, emptyContractDraft, emptyObjective, objectivesInputOf, sentPath, wholeOrUndefined, type ContractDraft, type ObjectiveRow } from './form-model';
import { ObjectivesEditor } from './ObjectivesEditor';

export function NewEngagementPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const clients = useClients();
  const create = useCreateEngagement();
  const fieldError = useFieldErrors(create.error);

  const [clientId, setClientId] = useState(params.get('clientId') ?? '');
  const [basics, setBasics] = useState<BasicsDraft>({ title: '', sponsorId: '', origin: 'direct', plannedSessions: '' });
  const [objectives, setObjectives] = useState<ObjectiveRow[]>([emptyObjective()]);
  const [contract, setContract] = useState<ContractDraft>(emptyContractDraft);
  const [rowOfSent, setRowOfSent] = useState<number[]>([]);

  const client = clients.data?.find((c) => c.id === clientId);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { objectives: sent, rowOfSent: map } = objectivesInputOf(objectives);
    setRowOfSent(map);
    const planned = wholeOrUndefined(basics.plannedSessions);
    create.mutate(
      {
        clientId,
        title: basics.title.trim(),
        sponsorId: basics.sponsorId || null,
        origin: basics.origin,
        ...(planned !== undefined ? { plannedSessions: planned } : {}),
        objectives: sent,
        contract: contractInputOf(contract, Boolean(basics.sponsorId)),
      },
      { onSuccess: (created) => navigate(`/engagements/${created.id}`) },
    );
  };

  const objectiveError = (row: number, field: 'statement' | 'baseline' | 'target') => {
    const path = sentPath(rowOfSent, row, field);
    return path ? fieldError(path) : undefined;
  };

  return (
    <>
      <PageHeader
        eyebrow={
          client ? (
            <Link to={`/clients/${client.id}`} className="back-link">
              {clientName(client)}
            </Link>
          ) : (
            <Link to="/engagements" className="back-link">
              {t('engagements.back')}
            </Link>
          )
        }
        title={t('engagements.newTitle')}
      >
        <p className="page-header__sub">{t('engagements.newIntro')}</p>
      </PageHeader>
      <form className="form form--page" onSubmit={submit} noValidate aria-label={t('engagements.newTitle')}>
        <Card title={t('engagements.form.section.engagement')} titleId="new-engagement-basics">
          <SelectField
            id="engagement-client"
            label={t('engagements.form.client')}
            value={clientId}
            onChange={(e) => setClientId(e.target.value)}
            options={[{ value: '', label: t('engagements.form.chooseClient') }, ...(clients.data ?? []).map((c) => ({ value: c.id, label: clientName(c) }))]}
            error={fieldError('clientId')}
            required
          />
          {clients.data?.length === 0 ? (
            <p className="field-hint">
              <Link to="/clients">{t('engagements.form.noClientsYet')}</Link>
            </p>
          ) : null}
          <EngagementBasics idPrefix="engagement" draft={basics} onChange={setBasics} fieldError={fieldError} />
        </Card>
        <Card title={t('engagements.form.section.objectives')} titleId="new-engagement-objectives">
          <ObjectivesEditor idPrefix="engagement" rows={objectives} onChange={setObjectives} errorFor={objectiveError} />
        </Card>
        <Card title={t('engagements.form.section.contract')} titleId="new-engagement-contract">
          <ContractFields
            idPrefix="contract"
            draft={contract}
            onChange={setContract}
            hasSponsor={Boolean(basics.sponsorId)}
            fieldError={(path) => fieldError(`contract.${path}`)}
          />
        </Card>
        <div className="form-footer">
          <FormError error={create.error} />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={create.isPending}>
              {create.isPending ? t('common.saving') : t('engagements.create')}
            </button>
            <Link to={client ? `/clients/${client.id}` : '/engagements'} className="button button--ghost">
              {t('common.cancel')}
            </Link>
          </div>
        </div>
      </form>
    </>
  );
}
