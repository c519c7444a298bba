import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, PageHeader } from '../ui/page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <EmptyState action={<Link to="/">{t('notFound.back')}</Link>}>{t('notFound.body')}</EmptyState>
    </>
  );
}
