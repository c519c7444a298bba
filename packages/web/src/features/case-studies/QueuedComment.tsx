import type { Comment } from '@alliance/api';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { listedFindings, markedPieces } from './comment-findings';
import './moderation.css';

type Decide = (status: 'approved' | 'rejected', acknowledged?: boolean) => void;

/**
 * One comment waiting for the coach. What it would reveal on the public page is said
 * before it and marked in it; when it names someone of the engagement (or gives an
 * e-mail, a phone), « Rejeter » comes first and approving needs a confirmation, whose
 * dialog opens on « Annuler »: Enter never publishes it by a slip.
 */
export function QueuedComment({ comment: c, busy, onDecide }: { comment: Comment; busy: boolean; onDecide: Decide }) {
  const { t } = useTranslation();
  const { found, needsAcknowledgement } = c.identifying;
  const warningId = `comment-${c.id}-warning`;
  return (
    <li className={needsAcknowledgement ? 'comment-queue__flagged' : undefined}>
      <p>
        <strong>
          <Marked text={c.name} comment={c} field="name" />
        </strong>{' '}
        <span className="muted">{t('caseStudies.comments.on', { title: c.caseStudyTitle })}</span>
      </p>
      {found.length ? <Warning comment={c} id={warningId} /> : null}
      <blockquote className="comment-queue__body">
        <Marked text={c.body} comment={c} field="body" />
      </blockquote>
      <p className="muted">{t('caseStudies.comments.emailNote', { email: c.email })}</p>
      <div className="form-actions">
        {needsAcknowledgement ? (
          <>
            <button type="button" className="button button--primary" disabled={busy} aria-describedby={warningId} onClick={() => onDecide('rejected')}>
              {t('caseStudies.comments.reject')}
            </button>
            <ConfirmButton
              className="button button--danger-ghost"
              danger
              focus="cancel"
              disabled={busy}
              question={t('caseStudies.comments.identifies.confirmQuestion')}
              detail={
                <>
                  <p>{t('caseStudies.comments.identifies.confirmDetail', { title: c.caseStudyTitle })}</p>
                  <FoundList comment={c} sureOnly />
                </>
              }
              confirmLabel={t('caseStudies.comments.identifies.confirm')}
              onConfirm={() => onDecide('approved', true)}
            >
              {t('caseStudies.comments.identifies.approveAnyway')}
            </ConfirmButton>
          </>
        ) : (
          <>
            <button type="button" className="button button--primary" disabled={busy} onClick={() => onDecide('approved')}>
              {t('caseStudies.comments.approve')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => onDecide('rejected')}>
              {t('caseStudies.comments.reject')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}

/** What the comment reveals: a warning when approving needs her word, a note of names to check otherwise. */
function Warning({ comment: c, id }: { comment: Comment; id: string }) {
  const { t } = useTranslation();
  const { found, needsAcknowledgement } = c.identifying;
  const words = !needsAcknowledgement ? 'check' : found.some((f) => f.recorded) ? 'recorded' : 'contact';
  return (
    <div id={id} className={`callout callout--stacked comment-warning ${needsAcknowledgement ? 'callout--warning' : 'callout--info'}`}>
      <p className="comment-warning__title">{t(`caseStudies.comments.identifies.${words}Title`)}</p>
      <FoundList comment={c} />
      <p>{t(`caseStudies.comments.identifies.${words}Why`)}</p>
    </div>
  );
}

function FoundList({ comment: c, sureOnly = false }: { comment: Comment; sureOnly?: boolean }) {
  const { t } = useTranslation();
  const listed = listedFindings(c.identifying.found).filter((f) => !sureOnly || f.certainty === 'sure');
  return (
    <ul>
      {listed.map((f) => (
        <li key={`${f.field}-${f.start}`}>
          {t(f.field === 'name' ? 'caseStudies.comments.identifies.itemInName' : 'caseStudies.comments.identifies.item', {
            text: f.text,
            kind: t(`caseStudies.comments.identifies.kinds.${f.kind}`),
          })}
        </li>
      ))}
    </ul>
  );
}

/** The field's text with what it reveals in <mark> (to check: underlined only), as React elements, never HTML. */
function Marked({ text, comment, field }: { text: string; comment: Comment; field: 'name' | 'body' }) {
  return (
    <>
      {markedPieces(text, comment.identifying.found, field).map((p, i) =>
        p.finding ? (
          <mark key={i} className={p.finding.certainty === 'sure' ? 'comment-mark' : 'comment-mark comment-mark--check'}>
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
