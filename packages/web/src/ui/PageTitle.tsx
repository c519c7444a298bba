import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab, so history and screen readers say which page this is. */
export function PageTitle({ title }: { title: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return null;
}
