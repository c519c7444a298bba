import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from './errors';
import { PageTitle } from './PageTitle';

/** The page's one <h1>, with what can be done from here beside it. */
export function PageHeader({ title, eyebrow, actions, children }: { title: string; eyebrow?: ReactNode; actions?: ReactNode; children?: ReactNode }) {
  return (
    <header className="page-header">
      <PageTitle title={title} />
      <div className="page-header__text">
        {eyebrow ? <p className="page-header__eyebrow">{eyebrow}</p> : null}
        <h1>{title}</h1>
        {children}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </header>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <span className="loading__dot" aria-hidden="true" />
      {t('common.loading')}
    </p>
  );
}

export function ErrorState({ error }: { error: unknown }) {
  const message = useErrorMessage();
  return (
    <div className="error-state" role="alert">
      <p>{message(error)}</p>
    </div>
  );
}

export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <p>{children}</p>
      {action}
    </div>
  );
}

export function Card({ title, children, actions, className, titleId }: { title?: ReactNode; children: ReactNode; actions?: ReactNode; className?: string; titleId?: string }) {
  return (
    <section className={['card', className ?? ''].filter(Boolean).join(' ')} aria-labelledby={title && titleId ? titleId : undefined}>
      {title || actions ? (
        <div className="card__head">
          {title ? <h2 id={titleId}>{title}</h2> : null}
          {actions ? <div className="card__actions">{actions}</div> : null}
        </div>
      ) : null}
      {children}
    </section>
  );
}
