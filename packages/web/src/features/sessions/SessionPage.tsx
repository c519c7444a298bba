import { API } from '@alliance/api';
import type { Session } from '@alliance/api';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { keys } from '../../api/keys';
import { useFormat } from '../../ui/format';
import { Icon } from '../../ui/icons';
import { ErrorState, Loading, PageHeader } from '../../ui/page';
import { SessionStatusBadge, useSessionLabel } from '../../ui/status';
import { useEngagement } from '../engagements/api';
import { SessionBoards } from '../board/SessionBoards';
import { SessionCheckIns } from '../client-space/SessionCheckIns';
import { SessionSummaryEditor } from '../client-space/SessionSummaryEditor';
import { useSession } from './api';
import { EmotionsEditor } from './EmotionsEditor';
import { FIELD_KEYS, isEmotionField, type EditorValues, type FieldKey } from './draft';
import { SaveStatus } from './SaveStatus';
import { SessionMeta } from './SessionMeta';
import { useAutosave } from './useAutosave';

export function SessionPage() {
  const { id = '' } = useParams();
  const session = useSession(id);
  if (session.isError) return <ErrorState error={session.error} />;
  // The editor starts from the server's latest notes, never from an older cached copy.
  if (session.isPending || !session.isFetchedAfterMount) return <Loading />;
  // Keyed by id: another session starts a fresh editor with its own draft.
  return <SessionEditor key={session.data.id} session={session.data} />;
}

/** `session` follows the cache (header: number, status, date); the notes start from its first value and then follow the editor. */
function SessionEditor({ session }: { session: Session }) {
  const [initial] = useState(session);
  const { t } = useTranslation();
  const format = useFormat();
  const sessionLabel = useSessionLabel();
  const queryClient = useQueryClient();
  const engagement = useEngagement(session.engagementId);

  const onSaved = useCallback((saved: Session) => queryClient.setQueryData(keys.session(saved.id), saved), [queryClient]);
  const { values, setField, flush, state, restored } = useAutosave(initial, onSaved);
  const blur = () => void flush();

  const arcKeys = FIELD_KEYS.filter((k): k is Exclude<FieldKey, 'privateReflections'> => k !== 'privateReflections');

  return (
    <div className="session-page">
      <PageHeader
        eyebrow={
          <Link to={`/engagements/${session.engagementId}`} className="back-link">
            {engagement.data ? `${engagement.data.clientName} · ${engagement.data.title}` : t('sessionEditor.backToEngagement')}
          </Link>
        }
        title={sessionLabel(session.ordinal, session.plannedSessions)}
        actions={<SaveStatus state={state} onRetry={() => void flush()} />}
      >
        <p className="page-header__sub">
          <time dateTime={session.scheduledAt}>{format.dateTime(session.scheduledAt)}</time> · {t(`sessionMode.${session.mode}`)} ·{' '}
          {t('common.minutes', { count: session.durationMinutes })} · <SessionStatusBadge status={session.status} />
        </p>
      </PageHeader>

      <section className="card session-meta-card" aria-label={t('sessionEditor.metaTitle')}>
        <SessionMeta session={session} />
      </section>

      <SessionCheckIns sessionId={session.id} engagementId={session.engagementId} />

      {restored ? (
        <p className="callout callout--info" role="note">
          {t('autosave.restored')}
        </p>
      ) : null}

      <form className="arc" onSubmit={(e) => e.preventDefault()} aria-label={t('sessionEditor.notesLabel')}>
        <ol className="arc__list">
          {arcKeys.map((key, index) => (
            <li key={key} className="arc-section" id={`arc-${key}`}>
              <span className="arc-section__step" aria-hidden="true">
                {index + 1}
              </span>
              <div className="arc-section__body">
                {isEmotionField(key) ? (
                  <EmotionsEditor
                    id={`notes-${key}`}
                    label={t(`arc.${key}.label`)}
                    hint={t(`arc.${key}.hint`)}
                    which={t(`arc.${key}.which`)}
                    emotions={values[key]}
                    onChange={(emotions) => setField(key, emotions)}
                    onBlur={blur}
                  />
                ) : (
                  <ArcText field={key} values={values} onChange={(v) => setField(key, v)} onBlur={blur} />
                )}
              </div>
            </li>
          ))}
        </ol>

        <section className="private-reflections">
          <div className="private-reflections__head">
            <Icon name="lock" />
            <h2 id="private-reflections-title">{t('sessionEditor.privateTitle')}</h2>
          </div>
          <p id="notes-privateReflections-hint" className="private-reflections__note">
            {t('sessionEditor.privateNote')}
          </p>
          <label htmlFor="notes-privateReflections" className="visually-hidden">
            {t('sessionEditor.privateTitle')}
          </label>
          <textarea
            id="notes-privateReflections"
            className="arc-textarea"
            rows={5}
            value={values.privateReflections}
            onChange={(e) => setField('privateReflections', e.target.value)}
            onBlur={blur}
            aria-describedby="notes-privateReflections-hint"
          />
        </section>
      </form>

      <SessionSummaryEditor sessionId={session.id} />

      <p className="session-invite">
        <a className="button" href={API.sessionInvite(session.id)} download>
          <Icon name="calendar" /> {t('calendar.invite')}
        </a>
      </p>

      <SessionBoards sessionId={session.id} />
    </div>
  );
}

type TextKey = Exclude<FieldKey, 'privateReflections' | 'emotionsBefore' | 'emotionsAfter'>;

function ArcText({ field, values, onChange, onBlur }: { field: TextKey; values: EditorValues; onChange: (value: string) => void; onBlur: () => void }) {
  const { t } = useTranslation();
  const id = `notes-${field}`;
  return (
    <div className="field arc-field">
      <label htmlFor={id} className="arc-section__label">
        {t(`arc.${field}.label`)}
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {t(`arc.${field}.hint`)}
      </p>
      <textarea id={id} className="arc-textarea" rows={3} value={values[field]} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} aria-describedby={`${id}-hint`} />
    </div>
  );
}
