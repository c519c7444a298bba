import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';
import { Card, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/page';
import { useProgrammes } from './api';
import { NewProgrammeForm } from './NewProgrammeForm';

/** The practice's group programmes, and a form to create one. */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useProgrammes();
  return (
    <>
      <PageHeader title={t('programmes.title')}>
        <p className="muted">{t('programmes.intro')}</p>
      </PageHeader>
      <div className="split-layout">
        <Card>
          {list.isPending ? (
            <Loading />
          ) : list.isError ? (
            <ErrorState error={list.error} />
          ) : list.data.length === 0 ? (
            <EmptyState>{t('programmes.none')}</EmptyState>
          ) : (
            <ul className="plain-list summary-list">
              {list.data.map((p) => (
                <li key={p.id}>
                  <Link to={`/programmes/${p.id}`} className="summary-list__title">
                    {p.title}
                  </Link>
                  <span className="muted">
                    {[p.place, p.firstDay ? format.date(p.firstDay) : null, t('programmes.participantsCount', { count: p.participants })].filter(Boolean).join(' · ')}
                  </span>
                  {p.seatsLeft !== null ? <span className="tag">{t('programmes.seats', { count: p.seatsLeft })}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={t('programmes.create.title')} titleId="new-programme-title">
          <NewProgrammeForm />
        </Card>
      </div>
    </>
  );
}
