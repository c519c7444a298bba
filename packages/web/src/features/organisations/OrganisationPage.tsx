import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Card, ErrorState, Loading, PageHeader } from '../../ui/page';
import { clientName, useClients } from '../clients/api';
import { useEngagements } from '../engagements/api';
import { EngagementList } from '../engagements/EngagementList';
import { useOrganisation, useUpdateOrganisation } from './api';
import { OrganisationForm } from './OrganisationForm';

export function OrganisationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const organisation = useOrganisation(id);
  const update = useUpdateOrganisation(id);
  const clients = useClients();
  const engagements = useEngagements();
  const [editing, setEditing] = useState(false);

  if (organisation.isPending) return <Loading />;
  if (organisation.isError) return <ErrorState error={organisation.error} />;
  const o = organisation.data;
  const people = (clients.data ?? []).filter((c) => c.organisationId === o.id);
  const sponsored = (engagements.data ?? []).filter((e) => e.sponsorId === o.id);

  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/organisations" className="back-link">
            {t('organisations.back')}
          </Link>
        }
        title={o.name}
      />
      <div className="split">
        <div className="split__main stack">
          <Card title={t('organisations.sponsored')} titleId="org-sponsored">
            {sponsored.length ? <EngagementList items={sponsored} /> : <p className="muted">{t('organisations.noSponsored')}</p>}
          </Card>
          <Card title={t('organisations.people')} titleId="org-people">
            {people.length ? (
              <ul className="rows">
                {people.map((c) => (
                  <li key={c.id} className="row">
                    <Link to={`/clients/${c.id}`} className="row__title">
                      {clientName(c)}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t('organisations.noPeople')}</p>
            )}
          </Card>
        </div>
        <Card
          title={t('organisations.details')}
          titleId="org-details"
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
            <OrganisationForm
              idPrefix="organisation"
              initial={o}
              submitLabel={t('common.save')}
              pending={update.isPending}
              error={update.error}
              onCancel={() => setEditing(false)}
              onSubmit={(input) => update.mutate(input, { onSuccess: () => setEditing(false) })}
            />
          ) : (
            <dl className="details">
              <dt>{t('organisations.form.contactName')}</dt>
              <dd>{o.contactName || <span className="muted">—</span>}</dd>
              <dt>{t('organisations.form.contactEmail')}</dt>
              <dd>{o.contactEmail ? <a href={`mailto:${o.contactEmail}`}>{o.contactEmail}</a> : <span className="muted">—</span>}</dd>
              <dt>{t('organisations.form.contactPhone')}</dt>
              <dd>{o.contactPhone ? <a href={`tel:${o.contactPhone}`}>{o.contactPhone}</a> : <span className="muted">—</span>}</dd>
              <dt>{t('organisations.form.notes')}</dt>
              <dd className="prose">{o.notes || <span className="muted">—</span>}</dd>
            </dl>
          )}
        </Card>
      </div>
    </>
  );
}
