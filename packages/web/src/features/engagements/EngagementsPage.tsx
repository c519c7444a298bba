import { ENGAGEMENT_STATUSES, isFinished, type EngagementStatus } from '@alliance/domain';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField } from '../../ui/fields';
import { Card, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/page';
import { useEngagements } from './api';
import { EngagementList } from './EngagementList';

type Filter = 'ongoing' | 'all' | EngagementStatus;

export function EngagementsPage() {
  const { t } = useTranslation();
  const engagements = useEngagements();
  const [filter, setFilter] = useState<Filter>('ongoing');

  const shown = useMemo(() => {
    const list = engagements.data ?? [];
    if (filter === 'all') return list;
    if (filter === 'ongoing') return list.filter((e) => !isFinished(e.status));
    return list.filter((e) => e.status === filter);
  }, [engagements.data, filter]);

  const options = [
    { value: 'ongoing', label: t('engagements.filter.ongoing') },
    { value: 'all', label: t('engagements.filter.all') },
    ...ENGAGEMENT_STATUSES.map((s) => ({ value: s, label: t(`engagementStatus.${s}`) })),
  ];

  return (
    <>
      <PageHeader
        title={t('engagements.title')}
        actions={
          <>
            <Link className="button" to="/programmes">
              {t('programmes.link')}
            </Link>
            <Link className="button" to="/case-studies">
              {t('caseStudies.nav')}
            </Link>
            <Link className="button button--primary" to="/engagements/new">
              {t('engagements.new')}
            </Link>
          </>
        }
      />
      <Card>
        <div className="toolbar">
          <SelectField id="engagements-filter" label={t('engagements.filter.label')} value={filter} onChange={(e) => setFilter(e.target.value as Filter)} options={options} />
        </div>
        {engagements.isPending ? <Loading /> : null}
        {engagements.isError ? <ErrorState error={engagements.error} /> : null}
        {engagements.data && shown.length === 0 ? <EmptyState>{t('engagements.empty')}</EmptyState> : null}
        {shown.length > 0 ? <EngagementList items={shown} /> : null}
      </Card>
    </>
  );
}
