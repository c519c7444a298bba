import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { FormError } from '../../ui/errors';
import { Card, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/page';
import { ClientAudit } from '../audit/ClientAudit';
import { ClientSpaceCard } from '../client-space/ClientSpaceCard';
import { EngagementList } from '../engagements/EngagementList';
import { useOrganisations } from '../organisations/api';
import { clientName, useClient, useClientEngagements, useDeleteClient, useUpdateClient } from './api';
import { ClientExport } from './ClientExport';
import { ClientForm } from './ClientForm';

export function ClientPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useClient(id);
  const engagements = useClientEngagements(id);
  const organisations = useOrganisations();
  const update = useUpdateClient(id);
  const remove = useDeleteClient(id);
  const [editing, setEditing] = useState(false);

  if (client.isPending) return <Loading />;
  if (client.isError) return <ErrorState error={client.error} />;
  const c = client.data;
  const org = organisations.data?.find((o) => o.id === c.organisationId);

  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/clients" className="back-link">
            {t('clients.back')}
          </Link>
        }
        title={clientName(c)}
        actions={
          <Link className="button button--primary" to={`/engagements/new?clientId=${c.id}`}>
            {t('engagements.new')}
          </Link>
        }
      >
        {org ? (
          <p className="page-header__sub">
            <Link to={`/organisations/${org.id}`}>{org.name}</Link>
          </p>
        ) : null}
      </PageHeader>
      <div className="split">
        <Card title={t('clients.engagements')} titleId="client-engagements" className="split__main">
          {engagements.isPending ? <Loading /> : null}
          {engagements.isError ? <ErrorState error={engagements.error} /> : null}
          {engagements.data?.length === 0 ? (
            <EmptyState action={<Link to={`/engagements/new?clientId=${c.id}`}>{t('engagements.new')}</Link>}>{t('clients.noEngagements')}</EmptyState>
          ) : null}
          {engagements.data && engagements.data.length > 0 ? <EngagementList items={engagements.data} showClient={false} /> : null}
        </Card>
        <Card
          title={t('clients.details')}
          titleId="client-details"
          className="split__side"
          actions={
            !editing ? (
              <button type="button" className="button button--secondary button--small" onClick={() => setEditing(true)}>
                {t('common.edit')}
              </button>
            ) : null
          }
        >
          {editing ? (
            <ClientForm
              idPrefix="client"
              initial={c}
              submitLabel={t('common.save')}
              pending={update.isPending}
              error={update.error}
              onCancel={() => setEditing(false)}
              onSubmit={(input) => update.mutate(input, { onSuccess: () => setEditing(false) })}
            />
          ) : (
            <dl className="details">
              <dt>{t('clients.form.email')}</dt>
              <dd>{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : <span className="muted">—</span>}</dd>
              <dt>{t('clients.form.phone')}</dt>
              <dd>{c.phone ? <a href={`tel:${c.phone}`}>{c.phone}</a> : <span className="muted">—</span>}</dd>
              <dt>{t('clients.form.organisation')}</dt>
              <dd>{org ? org.name : <span className="muted">{t('clients.form.noOrganisation')}</span>}</dd>
              <dt>{t('clients.form.role')}</dt>
              <dd className="prose">{c.role ? c.role : <span className="muted">—</span>}</dd>
            </dl>
          )}
          <h3 className="subhead">{t('clients.export.title')}</h3>
          <ClientExport clientId={c.id} />
          <div className="danger-zone">
            <FormError error={remove.error} />
            <ConfirmButton
              className="button button--danger-ghost button--small"
              danger
              question={t('clients.delete.question', { name: clientName(c) })}
              detail={
                <>
                  <p>{t('clients.delete.detail')}</p>
                  <ul className="dialog__list">
                    <li>{t('clients.delete.key')}</li>
                    <li>{t('clients.delete.backups')}</li>
                    <li>{t('clients.delete.invoices')}</li>
                  </ul>
                </>
              }
              confirmLabel={t('clients.delete.confirm')}
              onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate('/clients', { replace: true }) })}
            >
              {t('clients.delete.button')}
            </ConfirmButton>
          </div>
        </Card>
      </div>
      <ClientSpaceCard client={c} />
      <ClientAudit clientId={c.id} />
    </>
  );
}
