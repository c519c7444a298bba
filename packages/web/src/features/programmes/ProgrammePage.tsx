import type { Programme } from '@alliance/api';
import { CONTACT_KINDS } from '@alliance/domain';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { dateToLocalInput, localInputToIso } from '../../ui/datetime';
import { DateTimeField } from '../../ui/DateTimeField';
import { FormError, useFieldErrors } from '../../ui/errors';
import { SelectField, TextAreaField, TextField } from '../../ui/fields';
import { useFormat } from '../../ui/format';
import { Card, ErrorState, Loading, PageHeader } from '../../ui/page';
import { useClients } from '../clients/api';
import { DayNotes, Materials, ParticipantFeedback } from './ProgrammeExtras';
import { useAddParticipant, useLogProgrammeContact, useMarkAttendance, useParticipantNotes, useProgramme, useStartEngagement } from './api';

/** One programme: its days, who came, the contacts between the days, and the engagements that grew out of it. */
export function ProgrammePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const query = useProgramme(id);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} />;
  const p = query.data;
  return (
    <>
      <PageHeader eyebrow={<Link to="/programmes" className="back-link">{t('programmes.page.back')}</Link>} title={p.title}>
        <p className="muted">
          {p.place}
          {p.seatsLeft !== null ? <span className="tag">{t('programmes.seats', { count: p.seatsLeft })}</span> : null}
        </p>
      </PageHeader>
      <div className="split-layout">
        <div className="stack">
          <Card title={t('programmes.page.days')} titleId="days-title">
            <ol className="plain-list programme-days">
              {p.days.map((d) => (
                <li key={d.id}>
                  <strong>{format.date(d.startsAt)}</strong> · {format.time(d.startsAt)}–{format.time(d.endsAt)} · <span className="muted">{t('programmes.page.present', { count: d.present })}</span>
                </li>
              ))}
            </ol>
            {p.days.map((d) => (
              <DayNotes key={d.id} programmeId={p.id} day={d} />
            ))}
            {p.betweenDays ? (
              <>
                <h3>{t('programmes.page.betweenDays')}</h3>
                <p className="prose">{p.betweenDays}</p>
              </>
            ) : null}
          </Card>
          <Participants programme={p} />
          <Card title={t('programmes.page.materials')} titleId="materials-title">
            <Materials programme={p} />
          </Card>
        </div>
        <div className="stack">
          <Card title={t('programmes.add.title')} titleId="add-participant-title">
            <AddParticipant programme={p} />
          </Card>
          <Card title={t('programmes.contact.title')} titleId="log-contact-title">
            <LogContact programme={p} />
          </Card>
        </div>
      </div>
    </>
  );
}

function Participants({ programme: p }: { programme: Programme }) {
  const { t } = useTranslation();
  const format = useFormat();
  const mark = useMarkAttendance(p.id);
  const start = useStartEngagement(p.id);
  const navigate = useNavigate();
  const [titles, setTitles] = useState<Record<string, string>>({});
  return (
    <Card title={t('programmes.page.participants')} titleId="participants-title">
      {p.participants.length === 0 ? <p className="muted">{t('programmes.page.noParticipants')}</p> : null}
      <ul className="plain-list programme-participants">
        {p.participants.map((person) => (
          <li key={person.clientId}>
            <p>
              <Link to={`/clients/${person.clientId}`}>
                <strong>{person.name}</strong>
              </Link>{' '}
              <span className="muted">{t('programmes.page.contacts', { count: person.contacts.length })}</span>
            </p>
            <div className="programme-attendance">
              {p.days.map((d) => (
                <AttendanceBox
                  key={d.id}
                  present={person.attended.includes(d.id)}
                  label={`${t('programmes.page.attendance', { date: format.date(d.startsAt) })} — ${person.name}`}
                  text={format.date(d.startsAt)}
                  onChange={(present, revert) => mark.mutate({ dayId: d.id, clientId: person.clientId, present }, { onError: revert })}
                />
              ))}
            </div>
            <ParticipantNotes programmeId={p.id} clientId={person.clientId} name={person.name} initial={person.notes} />
            <ParticipantFeedback programmeId={p.id} person={person} />
            {person.contacts.map((c) => (
              <p key={c.id} className="programme-contact">
                <span className="tag">{t(`contactKind.${c.kind}`)}</span> {format.shortDateTime(c.occurredAt)} · <span className="muted">{t(`programmes.contact.phase.${c.phase}`)}</span> — {c.summary}
              </p>
            ))}
            {person.engagementIds.length ? (
              <p>
                <Link to={`/engagements/${person.engagementIds[0]}`}>{t('programmes.page.openEngagement')}</Link>
              </p>
            ) : (
              <form
                className="inline-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  const title = (titles[person.clientId] ?? '').trim();
                  if (title) start.mutate({ clientId: person.clientId, title }, { onSuccess: (en) => navigate(`/engagements/${en.id}`) });
                }}
                aria-label={`${t('programmes.page.startEngagement')} — ${person.name}`}
              >
                <TextField
                  id={`engagement-title-${person.clientId}`}
                  label={t('programmes.page.engagementTitle', { name: person.name })}
                  value={titles[person.clientId] ?? ''}
                  onChange={(e) => setTitles({ ...titles, [person.clientId]: e.target.value })}
                />
                <button type="submit" className="button button--small" disabled={start.isPending}>
                  {t('programmes.page.startEngagement')}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>
      <FormError error={mark.error ?? start.error} />
    </Card>
  );
}

/** The coach's notes on one participant, saved when she leaves the field. */
function ParticipantNotes({ programmeId, clientId, name, initial }: { programmeId: string; clientId: string; name: string; initial: string }) {
  const { t } = useTranslation();
  const save = useParticipantNotes(programmeId);
  const [notes, setNotes] = useState(initial);
  return (
    <div className="programme-notes">
      <TextAreaField
        id={`notes-${clientId}`}
        label={t('programmes.page.notes', { name })}
        rows={2}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        onBlur={() => notes !== initial && save.mutate({ clientId, notes })}
      />
      <p className="status-line" role="status">
        {save.isPending ? t('common.saving') : save.isSuccess ? t('programmes.page.notesSaved') : null}
      </p>
      <FormError error={save.error} />
    </div>
  );
}

/** The tick follows the hand at once; the server's answer confirms it, or a refusal puts it back. */
function AttendanceBox({ present, label, text, onChange }: { present: boolean; label: string; text: string; onChange: (present: boolean, revert: () => void) => void }) {
  const [checked, setChecked] = useState(present);
  useEffect(() => setChecked(present), [present]);
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => {
          const next = e.target.checked;
          setChecked(next);
          onChange(next, () => setChecked(!next));
        }}
        aria-label={label}
      />{' '}
      {text}
    </label>
  );
}

function AddParticipant({ programme: p }: { programme: Programme }) {
  const { t } = useTranslation();
  const add = useAddParticipant(p.id);
  const fieldError = useFieldErrors(add.error);
  const clients = useClients();
  const [clientId, setClientId] = useState('');
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [email, setEmail] = useState('');
  const inProgramme = new Set(p.participants.map((x) => x.clientId));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(clientId ? { clientId } : { firstName, lastName, ...(email ? { email } : {}) }, {
      onSuccess: () => {
        setClientId('');
        setFirstName('');
        setLastName('');
        setEmail('');
      },
    });
  };
  if (p.seatsLeft === 0) return <p className="muted">{t('programmes.page.full')}</p>;
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('programmes.add.title')}>
      <SelectField
        id="participant-existing"
        label={t('programmes.add.existing')}
        value={clientId}
        onChange={(e) => setClientId(e.target.value)}
        options={[{ value: '', label: t('programmes.add.choose') }, ...(clients.data ?? []).filter((c) => !inProgramme.has(c.id)).map((c) => ({ value: c.id, label: `${c.firstName} ${c.lastName}` }))]}
      />
      <p className="muted">{t('programmes.add.or')}</p>
      <div className="form-grid form-grid--tight">
        <TextField id="participant-first" label={t('programmes.add.firstName')} value={firstName} onChange={(e) => setFirstName(e.target.value)} disabled={Boolean(clientId)} error={fieldError('firstName')} />
        <TextField id="participant-last" label={t('programmes.add.lastName')} value={lastName} onChange={(e) => setLastName(e.target.value)} disabled={Boolean(clientId)} error={fieldError('lastName')} />
      </div>
      <TextField id="participant-email" type="email" label={t('programmes.add.email')} value={email} onChange={(e) => setEmail(e.target.value)} disabled={Boolean(clientId)} error={fieldError('email')} />
      <FormError error={add.error} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={add.isPending}>
          {t('programmes.add.submit')}
        </button>
      </div>
    </form>
  );
}

function LogContact({ programme: p }: { programme: Programme }) {
  const { t } = useTranslation();
  const log = useLogProgrammeContact(p.id);
  const fieldError = useFieldErrors(log.error);
  const [clientId, setClientId] = useState('');
  const [kind, setKind] = useState<string>('phone');
  const [when, setWhen] = useState<string | null>(() => dateToLocalInput(new Date()));
  const [summary, setSummary] = useState('');
  const [sent, setSent] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSent(true);
    log.mutate({ clientId, kind, occurredAt: localInputToIso(when ?? '') ?? '', summary }, { onSuccess: () => setSummary('') });
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('programmes.contact.title')}>
      <SelectField
        id="contact-who"
        label={t('programmes.contact.who')}
        value={clientId}
        onChange={(e) => setClientId(e.target.value)}
        error={fieldError('clientId')}
        required
        options={[{ value: '', label: t('programmes.add.choose') }, ...p.participants.map((x) => ({ value: x.clientId, label: x.name }))]}
      />
      <SelectField id="contact-kind" label={t('programmes.contact.kind')} value={kind} onChange={(e) => setKind(e.target.value)} options={CONTACT_KINDS.map((k) => ({ value: k, label: t(`contactKind.${k}`) }))} />
      <DateTimeField id="contact-when" label={t('programmes.contact.when')} value={when} onChange={setWhen} error={fieldError('occurredAt')} checked={sent} required />
      <TextAreaField id="contact-summary" label={t('programmes.contact.summary')} value={summary} onChange={(e) => setSummary(e.target.value)} error={fieldError('summary')} required />
      <FormError error={log.error} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={log.isPending}>
          {t('programmes.contact.submit')}
        </button>
      </div>
    </form>
  );
}
