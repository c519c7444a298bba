import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Card, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/page';
import { useOrganisations } from '../organisations/api';
import { clientName, useClients, useCreateClient } from './api';
import { ClientForm } from './ClientForm';

export function ClientsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const clients = useClients();
  const organisations = useOrganisations();
  const create = useCreateClient();
  const [filter, setFilter] = useState('');
  // The form is remounted after a creation so it starts empty.
  const [formKey, setFormKey] = useState(0);

  const orgName = useMemo(() => new Map((organisations.data ?? []).map((o) => [o.id, o.name])), [organisations.data]);
  const shown = useMemo(() => {
    const q = filter.trim().toLocaleLowerCase();
    const list = clients.data ?? [];
    if (!q) return list;
    return list.filter((c) => `${c.firstName} ${c.lastName} ${c.email ?? ''} ${orgName.get(c.organisationId ?? '') ?? ''}`.toLocaleLowerCase().includes(q));
  }, [clients.data, filter, orgName]);

  return (
    <>
      <PageHeader title={t('clients.title')} />
      <div className="split">
        <Card title={t('clients.listTitle')} titleId="clients-list-title" className="split__main">
          {clients.isPending ? <Loading /> : null}
          {clients.isError ? <ErrorState error={clients.error} /> : null}
          {clients.data && clients.data.length > 0 ? (
            <>
              <div className="field field--search">
                <label htmlFor="clients-filter">{t('clients.filter')}</label>
                <input id="clients-filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
              </div>
              <ul className="rows" aria-labelledby="clients-list-title">
                {shown.map((c) => (
                  <li key={c.id} className="row">
                    <Link to={`/clients/${c.id}`} className="row__title">
                      {clientName(c)}
                    </Link>
                    <span className="row__meta">{[orgName.get(c.organisationId ?? ''), c.email].filter(Boolean).join(' · ')}</span>
                  </li>
                ))}
              </ul>
              {shown.length === 0 ? <p className="muted">{t('clients.noMatch')}</p> : null}
            </>
          ) : null}
          {clients.data && clients.data.length === 0 ? <EmptyState>{t('clients.empty')}</EmptyState> : null}
        </Card>
        <Card title={t('clients.new')} titleId="new-client" className="split__side">
          <ClientForm
            key={formKey}
            idPrefix="new-client"
            submitLabel={t('clients.create')}
            pending={create.isPending}
            error={create.error}
            onSubmit={(input) =>
              create.mutate(input, {
                onSuccess: (created) => {
                  setFormKey((k) => k + 1);
                  navigate(`/clients/${created.id}`);
                },
              })
            }
          />
        </Card>
      </div>
    </>
  );
}
