import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/page';
import { useCreateOrganisation, useOrganisations } from './api';
import { OrganisationForm } from './OrganisationForm';

export function OrganisationsPage() {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const create = useCreateOrganisation();
  const [formKey, setFormKey] = useState(0);
  const [created, setCreated] = useState<string | null>(null);

  return (
    <>
      <PageHeader title={t('organisations.title')}>
        <p className="page-header__sub">{t('organisations.intro')}</p>
      </PageHeader>
      <div className="split">
        <Card title={t('organisations.listTitle')} titleId="organisations-list-title" className="split__main">
          {organisations.isPending ? <Loading /> : null}
          {organisations.isError ? <ErrorState error={organisations.error} /> : null}
          {organisations.data?.length === 0 ? <EmptyState>{t('organisations.empty')}</EmptyState> : null}
          {organisations.data && organisations.data.length > 0 ? (
            <ul className="rows" aria-labelledby="organisations-list-title">
              {organisations.data.map((o) => (
                <li key={o.id} className="row">
                  <Link to={`/organisations/${o.id}`} className="row__title">
                    {o.name}
                  </Link>
                  <span className="row__meta">{[o.contactName, o.contactEmail, o.contactPhone].filter(Boolean).join(' · ')}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </Card>
        <Card title={t('organisations.new')} titleId="new-organisation" className="split__side">
          <p className="status-line" role="status">
            {created ? t('organisations.created', { name: created }) : ''}
          </p>
          <OrganisationForm
            key={formKey}
            idPrefix="new-organisation"
            submitLabel={t('organisations.create')}
            pending={create.isPending}
            error={create.error}
            onSubmit={(input) =>
              create.mutate(input, {
                onSuccess: (o) => {
                  setCreated(o.name);
                  setFormKey((k) => k + 1);
                },
              })
            }
          />
        </Card>
      </div>
    </>
  );
}
