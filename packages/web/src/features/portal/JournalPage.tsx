import type { JournalEntry } from '@alliance/api';
import { EMOTION_CHOICES, emotionLabel, JOURNAL_INTENSITY_MAX, JOURNAL_INTENSITY_MIN } from '@alliance/domain';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { DateTextField } from '../../ui/DateTextField';
import { FormError, useFieldErrors } from '../../ui/errors';
import { TextAreaField, TextField } from '../../ui/fields';
import { useFormat } from '../../ui/format';
import { Icon } from '../../ui/icons';
import { todayIsoDate } from '../../ui/datetime';
import { ErrorState, Loading } from '../../ui/page';
import { PageTitle } from '../../ui/PageTitle';
import { type JournalDraft, useCreateJournalEntry, useDeleteJournalEntry, useJournal, useUpdateJournalEntry } from './api';
import { BackHome, RangeField, useLang } from './parts';
import { usePortal } from './PortalShell';

/** /espace/journal — "des espaces où elle peut déposer ses réactions émotionnelles" (seed 000). Private unless she shares. */
export function JournalPage() {
  const { t } = useTranslation();
  const { engagementId } = usePortal();
  const journal = useJournal();
  const [writing, setWriting] = useState(false);
  const [justSaved, setJustSaved] = useState(false);
  const entries = (journal.data ?? []).filter((e) => e.engagementId === engagementId);
  const formOpen = writing || (journal.isSuccess && entries.length === 0);

  return (
    <div className="portal-page">
      <PageTitle title={t('portal.journal.title')} />
      <BackHome />
      <header className="portal-hello">
        <h1>{t('portal.journal.title')}</h1>
        <p className="portal-lead">{t('portal.journal.intro')}</p>
        <p className="portal-private">
          <Icon name="lock" className="icon portal-private__icon" />
          {t('portal.journal.private')}
        </p>
      </header>
      {!engagementId ? (
        <p className="empty-state">{t('portal.home.none')}</p>
      ) : journal.isPending ? (
        <Loading />
      ) : journal.isError ? (
        <ErrorState error={journal.error} />
      ) : (
        <>
          {formOpen ? (
            <section className="card portal-card" aria-labelledby="journal-new">
              <h2 id="journal-new">{t('portal.journal.new')}</h2>
              <NewEntry
                engagementId={engagementId}
                onDone={() => {
                  setWriting(false);
                  setJustSaved(true);
                }}
                onCancel={entries.length ? () => setWriting(false) : undefined}
              />
            </section>
          ) : (
            <button
              type="button"
              className="button button--primary button--block portal-big"
              onClick={() => {
                setJustSaved(false);
                setWriting(true);
              }}
            >
              {t('portal.journal.new')}
            </button>
          )}
          <p className="status-line" role="status">
            {justSaved ? t('portal.journal.saved') : ''}
          </p>
          {entries.length ? (
            <section aria-labelledby="journal-entries" className="portal-stack">
              <h2 id="journal-entries" className="portal-section-title">
                {t('portal.journal.entries')}
              </h2>
              <ul className="portal-entries">
                {entries.map((e) => (
                  <EntryCard key={e.id} entry={e} onChange={() => setJustSaved(false)} />
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}

function NewEntry({ engagementId, onDone, onCancel }: { engagementId: string; onDone: () => void; onCancel?: (() => void) | undefined }) {
  const create = useCreateJournalEntry(engagementId);
  return (
    <JournalForm
      idPrefix="journal"
      initial={{ occurredOn: todayIsoDate(), emotions: [] }}
      pending={create.isPending}
      error={create.error}
      submitLabel="save"
      onSubmit={(draft) => create.mutate(draft, { onSuccess: onDone })}
      onCancel={onCancel}
    />
  );
}

function clean(draft: JournalDraft, editing: boolean): JournalDraft {
  // On a change, an emptied field is sent empty (so it is cleared); on a new entry, it is left out.
  const text = (v: string | undefined) => (v?.trim() ? v.trim() : editing ? '' : undefined);
  const out: JournalDraft = { occurredOn: draft.occurredOn, emotions: draft.emotions.map((e) => ({ name: e.name.trim(), intensity: e.intensity })) };
  for (const key of ['situation', 'thoughts', 'needs'] as const) {
    const v = text(draft[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function JournalForm({
  idPrefix,
  initial,
  pending,
  error,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  initial: JournalDraft;
  pending: boolean;
  error: unknown;
  submitLabel: 'save' | 'saveChanges';
  onSubmit: (draft: JournalDraft) => void;
  onCancel?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrors(error);
  const [draft, setDraft] = useState<JournalDraft>(initial);
  const set = (patch: Partial<JournalDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(clean(draft, submitLabel === 'saveChanges'));
  };

  return (
    <form className="form portal-form" onSubmit={submit} noValidate>
      <DateTextField
        id={`${idPrefix}-date`}
        label={t('portal.journal.form.occurredOn')}
        value={draft.occurredOn}
        onChange={(iso, typed) => set({ occurredOn: iso ?? typed })}
        error={fieldError('occurredOn')}
        required
        className="field--narrow-date"
      />
      <TextAreaField
        id={`${idPrefix}-situation`}
        label={t('portal.journal.form.situation')}
        hint={t('portal.journal.form.situationHint')}
        rows={4}
        value={draft.situation ?? ''}
        onChange={(e) => set({ situation: e.target.value })}
        error={fieldError('situation')}
      />
      <EmotionPicker idPrefix={idPrefix} emotions={draft.emotions} onChange={(emotions) => set({ emotions })} fieldError={fieldError} />
      <TextAreaField
        id={`${idPrefix}-thoughts`}
        label={t('portal.journal.form.thoughts')}
        hint={t('portal.journal.form.thoughtsHint')}
        rows={3}
        value={draft.thoughts ?? ''}
        onChange={(e) => set({ thoughts: e.target.value })}
        error={fieldError('thoughts')}
      />
      <TextAreaField
        id={`${idPrefix}-needs`}
        label={t('portal.journal.form.needs')}
        hint={t('portal.journal.form.needsHint')}
        rows={3}
        value={draft.needs ?? ''}
        onChange={(e) => set({ needs: e.target.value })}
        error={fieldError('needs')}
      />
      <FormError error={error} />
      <div className="portal-actions">
        <button type="submit" className="button button--primary button--block portal-big" disabled={pending}>
          {pending ? t('common.saving') : t(`portal.journal.form.${submitLabel}`)}
        </button>
        {onCancel ? (
          <button type="button" className="button button--ghost button--block" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

// The first chips shown: the emotions seed 000 and seed 003 name, and a few of their neighbours; the rest one tap away.
const FIRST_SHOWN = new Set(['irritation', 'anger', 'sadness', 'anxiety', 'pressure', 'tiredness', 'doubt', 'relief', 'calm', 'empathy', 'pleasure', 'pride']);

/** Emotions from the list, or in her own words, each with an intensity from 0 to 10. */
function EmotionPicker({
  idPrefix,
  emotions,
  onChange,
  fieldError,
}: {
  idPrefix: string;
  emotions: JournalDraft['emotions'];
  onChange: (emotions: JournalDraft['emotions']) => void;
  fieldError: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [own, setOwn] = useState('');
  const [allShown, setAllShown] = useState(false);
  const chosen = new Set(emotions.map((e) => e.name));
  const toggle = (id: string) => onChange(chosen.has(id) ? emotions.filter((e) => e.name !== id) : [...emotions, { name: id, intensity: 5 }]);
  const addOwn = () => {
    const name = own.trim();
    if (!name) return;
    const known = EMOTION_CHOICES.find((c) => c[lang].toLocaleLowerCase() === name.toLocaleLowerCase());
    const value = known ? known.id : name;
    if (!chosen.has(value)) onChange([...emotions, { name: value, intensity: 5 }]);
    setOwn('');
  };
  const onOwnKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      addOwn();
    }
  };
  const groupError = fieldError('emotions');

  return (
    <fieldset className="portal-emotions" aria-describedby={`${idPrefix}-emotions-hint`}>
      <legend>{t('portal.journal.form.emotions')}</legend>
      <p id={`${idPrefix}-emotions-hint`} className="field-hint">
        {t('portal.journal.form.emotionsHint')}
      </p>
      <div className="portal-chips" role="group" aria-label={t('portal.journal.form.choices')} id={`${idPrefix}-choices`}>
        {EMOTION_CHOICES.filter((c) => allShown || FIRST_SHOWN.has(c.id) || chosen.has(c.id)).map((c) => (
          <button key={c.id} type="button" className="portal-chip" aria-pressed={chosen.has(c.id)} onClick={() => toggle(c.id)}>
            {c[lang]}
          </button>
        ))}
        <button type="button" className="portal-chip portal-chip--more" aria-expanded={allShown} aria-controls={`${idPrefix}-choices`} onClick={() => setAllShown((v) => !v)}>
          {allShown ? t('portal.journal.form.fewer') : t('portal.journal.form.more', { count: EMOTION_CHOICES.length })}
        </button>
      </div>
      <div className="portal-own">
        <TextField
          id={`${idPrefix}-own`}
          label={t('portal.journal.form.own')}
          value={own}
          onChange={(e) => setOwn(e.target.value)}
          onKeyDown={onOwnKey}
          autoComplete="off"
          maxLength={100}
        />
        <button type="button" className="button button--secondary" onClick={addOwn} disabled={!own.trim()}>
          {t('portal.journal.form.ownAdd')}
        </button>
      </div>
      {emotions.length ? (
        <ul className="portal-felt">
          {emotions.map((e, i) => {
            const name = emotionLabel(e.name, lang);
            const error = fieldError(`emotions.${i}.intensity`) ?? fieldError(`emotions.${i}.name`);
            return (
              <li key={e.name} className="portal-felt__item">
                <RangeField
                  id={`${idPrefix}-emotion-${i}`}
                  label={t('portal.journal.form.intensity', { name })}
                  min={JOURNAL_INTENSITY_MIN}
                  max={JOURNAL_INTENSITY_MAX}
                  value={e.intensity}
                  onChange={(intensity) => onChange(emotions.map((x, j) => (j === i ? { ...x, intensity } : x)))}
                  valueText={t('portal.scale.valueOf10', { value: e.intensity })}
                  minLabel={t('portal.journal.form.intensityMin')}
                  maxLabel={t('portal.journal.form.intensityMax')}
                  error={error}
                />
                <button type="button" className="button button--ghost button--small portal-felt__remove" onClick={() => onChange(emotions.filter((_, j) => j !== i))}>
                  {t('portal.journal.form.remove', { name })}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      {groupError ? <p className="field-error">{groupError}</p> : null}
    </fieldset>
  );
}

function EntryCard({ entry, onChange }: { entry: JournalEntry; onChange: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lang = useLang();
  const update = useUpdateJournalEntry();
  const remove = useDeleteJournalEntry();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<'' | 'shared' | 'unshared' | 'saved'>('');
  const titleId = `entry-${entry.id}`;
  const title = t('portal.journal.entryOf', { date: format.date(entry.occurredOn) });

  const share = (shared: boolean) => {
    setStatus('');
    onChange();
    // The emotions travel along: a PATCH without them currently empties them on the server (reported).
    update.mutate({ id: entry.id, shared, emotions: entry.emotions }, { onSuccess: () => setStatus(shared ? 'shared' : 'unshared') });
  };

  return (
    <li className={entry.sharedAt ? 'card portal-entry portal-entry--shared' : 'card portal-entry'} aria-labelledby={titleId}>
      <div className="portal-entry__head">
        <h3 id={titleId}>{title}</h3>
        {entry.sharedAt ? <span className="badge portal-badge-shared">{t('portal.journal.sharedBadge')}</span> : <span className="badge portal-badge-private">{t('portal.journal.privateBadge')}</span>}
      </div>
      {editing ? (
        <JournalForm
          idPrefix={`edit-${entry.id}`}
          initial={{ occurredOn: entry.occurredOn, situation: entry.situation ?? '', emotions: entry.emotions, thoughts: entry.thoughts ?? '', needs: entry.needs ?? '' }}
          pending={update.isPending}
          error={update.error}
          submitLabel="saveChanges"
          onSubmit={(draft) =>
            update.mutate(
              { id: entry.id, ...draft },
              {
                onSuccess: () => {
                  setEditing(false);
                  setStatus('saved');
                },
              },
            )
          }
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {entry.situation ? (
            <div className="portal-entry__part">
              <h4>{t('portal.journal.form.situation')}</h4>
              <p className="prose">{entry.situation}</p>
            </div>
          ) : null}
          {entry.emotions.length ? (
            <div className="portal-entry__part">
              <h4>{t('portal.journal.form.emotions')}</h4>
              <ul className="portal-entry__emotions">
                {entry.emotions.map((e) => (
                  <li key={e.name}>
                    <span>{emotionLabel(e.name, lang)}</span>
                    <span className="portal-entry__intensity">
                      <span className="portal-dots" aria-hidden="true" style={{ ['--value' as string]: e.intensity }} />
                      <span aria-hidden="true">{e.intensity}/10</span>
                      <span className="visually-hidden">{t('portal.scale.valueOf10', { value: e.intensity })}</span>
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {entry.thoughts ? (
            <div className="portal-entry__part">
              <h4>{t('portal.journal.form.thoughts')}</h4>
              <p className="prose">{entry.thoughts}</p>
            </div>
          ) : null}
          {entry.needs ? (
            <div className="portal-entry__part">
              <h4>{t('portal.journal.form.needs')}</h4>
              <p className="prose">{entry.needs}</p>
            </div>
          ) : null}
          <div className="portal-entry__sharing">
            {entry.sharedAt ? (
              <>
                <p>{t('portal.journal.sharedOn', { date: format.date(entry.sharedAt) })}</p>
                <button type="button" className="button button--block" onClick={() => share(false)} disabled={update.isPending} aria-describedby={titleId}>
                  {t('portal.journal.unshare')}
                </button>
              </>
            ) : (
              <>
                <p className="muted">{t('portal.journal.notShared')}</p>
                <ConfirmButton
                  className="button button--secondary button--block portal-big"
                  question={t('portal.journal.shareQuestion')}
                  detail={<p>{t('portal.journal.shareDetail')}</p>}
                  confirmLabel={t('portal.journal.shareConfirm')}
                  onConfirm={() => share(true)}
                  disabled={update.isPending}
                >
                  {t('portal.journal.share')}
                </ConfirmButton>
              </>
            )}
          </div>
          <div className="portal-entry__tools">
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => {
                onChange();
                setEditing(true);
              }}
              aria-describedby={titleId}
            >
              {t('common.edit')}
            </button>
            <ConfirmButton
              className="button button--ghost button--small portal-danger-text"
              question={t('portal.journal.deleteQuestion')}
              detail={<p>{t('portal.journal.deleteDetail')}</p>}
              confirmLabel={t('portal.journal.deleteConfirm')}
              onConfirm={() => remove.mutate(entry.id)}
              danger
            >
              {t('portal.journal.delete')}
            </ConfirmButton>
          </div>
        </>
      )}
      <FormError error={editing ? null : (update.error ?? remove.error)} />
      {/* Sharing changes the card itself in view; the sentence is for screen readers. */}
      <p className={status === 'saved' ? 'status-line' : 'status-line visually-hidden'} role="status">
        {status ? t(`portal.journal.status.${status}`) : ''}
      </p>
    </li>
  );
}
