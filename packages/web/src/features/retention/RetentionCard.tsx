import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { FormError } from '../../ui/errors';
import { Card, EmptyState, ErrorState, Loading } from '../../ui/page';
import { useEraseDue, useRetention } from './api';
import { DueList } from './DueList';
import { RetentionPeriodForm } from './RetentionPeriodForm';

/** The retention period, and what it makes due for erasure — erased only when the coach confirms. */
export function RetentionCard({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const retention = useRetention();
  const erase = useEraseDue();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [done, setDone] = useState<{ erasedEngagements: number; erasedClients: number } | null>(null);

  const due = retention.data?.due ?? [];
  const chosen = due.filter((d) => selected.has(d.engagementId));
  const clientsToo = new Set(chosen.filter((d) => d.clientErasedToo).map((d) => d.clientId));
  const allChosen = due.length > 0 && chosen.length === due.length;
  const notDue = isApiError(erase.error) && erase.error.status === 409;

  const toggle = (id: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const confirmErase = () => {
    setDone(null);
    erase.mutate(
      chosen.map((d) => d.engagementId),
      {
        onSuccess: (result) => {
          setDone(result);
          setSelected(new Set());
        },
      },
    );
  };

  return (
    <Card title={t('retention.title')} titleId="retention-title">
      <div id="retention" className="retention">
        <p className="field-hint">{t('retention.intro')}</p>
        <RetentionPeriodForm canEdit={canEdit} />
        <h3 id="retention-due-title" className="subhead">
          {t('retention.dueTitle')}
        </h3>
        <p className="callout callout--info">{t('retention.invoices')}</p>
        {retention.isPending ? <Loading /> : null}
        {retention.isError ? <ErrorState error={retention.error} /> : null}
        <p className="status-line" role="status">
          {done ? t('retention.done', { engagements: done.erasedEngagements, clients: done.erasedClients }) : ''}
        </p>
        {retention.data && due.length === 0 ? <EmptyState>{t('retention.none', { count: retention.data.retentionYears })}</EmptyState> : null}
        {due.length > 0 ? (
          <>
            <label className="checkbox due-list__all">
              <input type="checkbox" checked={allChosen} onChange={(e) => setSelected(e.target.checked ? new Set(due.map((d) => d.engagementId)) : new Set())} />
              {t('retention.selectAll', { count: due.length })}
            </label>
            <DueList items={due} selected={selected} onToggle={toggle} />
            {notDue ? (
              <p className="form-error" role="alert">
                {t('retention.notDue')}
              </p>
            ) : (
              <FormError error={erase.error} />
            )}
            {canEdit ? null : <p className="field-hint">{t('retention.ownerErases')}</p>}
            <div className="form-actions">
                <ConfirmButton
                  className="button button--danger"
                  danger
                  disabled={!canEdit || chosen.length === 0 || erase.isPending}
                  question={t('retention.confirm.question', { count: chosen.length })}
                  detail={
                    <>
                      <p>{t('retention.confirm.detail')}</p>
                      {clientsToo.size > 0 ? <p className="warning-text">{t('retention.confirm.clients', { count: clientsToo.size })}</p> : null}
                      <p>{t('retention.invoices')}</p>
                    </>
                  }
                  confirmLabel={t('retention.confirm.button')}
                  onConfirm={confirmErase}
                >
                  {erase.isPending ? t('retention.erasing') : chosen.length ? t('retention.erase', { count: chosen.length }) : t('retention.eraseNone')}
                </ConfirmButton>
            </div>
          </>
        ) : null}
      </div>
    </Card>
  );
}
