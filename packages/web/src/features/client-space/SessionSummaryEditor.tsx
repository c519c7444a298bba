import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/errors';
import { useFormat } from '../../ui/format';
import { Icon } from '../../ui/icons';
import { ErrorState, Loading } from '../../ui/page';
import { type SessionSummary, useSaveSessionSummary, useSessionSummary } from './api';
import './client-space.css';

/**
 * The summary the coach writes for her client after a session. It stays with the
 * coach until she shares it, session by session; her notes and private reflections
 * are never shared, whatever she does here.
 */
export function SessionSummaryEditor({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const summary = useSessionSummary(sessionId);
  return (
    <section className="card client-summary" aria-labelledby="client-summary-title">
      <div className="client-summary__head">
        <h2 id="client-summary-title">{t('progress.summary.title')}</h2>
        {summary.data ? <SharedBadge sharedAt={summary.data.sharedAt} /> : null}
      </div>
      {summary.isPending ? <Loading /> : null}
      {summary.isError ? <ErrorState error={summary.error} /> : null}
      {summary.data ? <SummaryForm key={sessionId} sessionId={sessionId} saved={summary.data} /> : null}
    </section>
  );
}

function SharedBadge({ sharedAt }: { sharedAt: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  return sharedAt ? (
    <span className="badge badge--active">{t('progress.summary.sharedOn', { date: format.date(sharedAt) })}</span>
  ) : (
    <span className="badge">{t('progress.summary.notShared')}</span>
  );
}

function SummaryForm({ sessionId, saved }: { sessionId: string; saved: SessionSummary }) {
  const { t } = useTranslation();
  const save = useSaveSessionSummary(sessionId);
  const [text, setText] = useState(saved.summary);
  const [done, setDone] = useState<'saved' | 'shared' | 'unshared' | null>(null);
  // The switch moves at once; it falls back to the server's word if the change is refused.
  const [pendingShare, setPendingShare] = useState<boolean | null>(null);
  const shared = pendingShare ?? saved.sharedAt !== null;
  const dirty = text !== saved.summary;
  const empty = text.trim() === '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    save.mutate({ summary: text }, { onSuccess: () => setDone('saved') });
  };
  const toggle = (share: boolean) => {
    // One change at a time; the switch keeps its focus (a disabled control would drop it).
    if (save.isPending) return;
    setDone(null);
    // Sharing sends the words on screen, so what she reads is what the coach sees here.
    setPendingShare(share);
    save.mutate({ summary: text, shared: share }, { onSuccess: () => setDone(share ? 'shared' : 'unshared'), onSettled: () => setPendingShare(null) });
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="client-summary-title">
      <p id="client-summary-hint" className="field-hint">
        {t('progress.summary.hint')}
      </p>
      <label htmlFor="client-summary-text" className="visually-hidden">
        {t('progress.summary.title')}
      </label>
      <textarea
        id="client-summary-text"
        className="arc-textarea"
        rows={5}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setDone(null);
        }}
        aria-describedby="client-summary-hint client-summary-private"
      />
      <p id="client-summary-private" className="client-summary__private">
        <Icon name="lock" />
        <span>{t('progress.summary.privateNote')}</span>
      </p>
      <div className="client-summary__share">
        <label className="switch">
          <input type="checkbox" role="switch" checked={shared} disabled={!shared && empty} onChange={(e) => toggle(e.target.checked)} aria-describedby="client-summary-share-state" />
          <span className="switch__track" aria-hidden="true" />
          <span>{t('progress.summary.shareLabel')}</span>
        </label>
        <p id="client-summary-share-state" className="field-hint">
          {shared ? t('progress.summary.sharedHint') : empty ? t('progress.summary.emptyHint') : t('progress.summary.notSharedHint')}
        </p>
      </div>
      {shared && dirty ? (
        <p className="warning-text" role="note">
          {t('progress.summary.unsavedShared')}
        </p>
      ) : null}
      <FormError error={save.error} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending || !dirty}>
          {save.isPending ? t('common.saving') : shared ? t('progress.summary.saveShared') : t('common.save')}
        </button>
        <span className="status-line" role="status">
          {done ? t(`progress.summary.done.${done}`) : ''}
        </span>
      </div>
    </form>
  );
}
