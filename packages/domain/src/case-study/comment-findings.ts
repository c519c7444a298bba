import type { Detection, EntityType } from '../anonymise/types.js';

/**
 * What, in a reader's comment, would undo a case study's anonymisation once the coach
 * approves it onto the public page (« Bravo Claire, on reconnaît bien la Biscuiterie
 * Lemoine ! »). The anonymiser reads the comment with the engagement's recorded names
 * (its `known` entities); this decides which of its spans the coach is warned of, how
 * surely, and whether approving needs her to say she has read them.
 *
 * Only what the public page would show is read: the author's name and the comment.
 * The author's e-mail is never shown anywhere, so it is never read nor listed here.
 */

/** The parts of a comment the public page shows. */
export const COMMENT_FIELDS = ['name', 'body'] as const;
export type CommentField = (typeof COMMENT_FIELDS)[number];

/**
 * How surely a finding identifies someone: `sure`, it does (a recorded name, an e-mail,
 * a phone, a name the anonymiser's lists know); `check`, « à vérifier »: it may be a
 * name, on weaker evidence (a capital letter, a guess from context), for her to judge.
 */
export const FINDING_CERTAINTIES = ['sure', 'check'] as const;
export type FindingCertainty = (typeof FINDING_CERTAINTIES)[number];

export interface CommentFinding {
  field: CommentField;
  /** Offsets into that field, in UTF-16 code units (to highlight the words in it). */
  start: number;
  end: number;
  /** The words themselves, as the comment writes them. */
  text: string;
  /** person, organisation or place for a name; email or phone for contact details. */
  type: EntityType;
  /** A name the engagement recorded (the client, her organisation, the sponsor, a contact…), in whatever spelling the anonymiser matched. */
  recorded: boolean;
  certainty: FindingCertainty;
}

/** The anonymiser's spans as this reads them. */
export type CommentDetection = Pick<Detection, 'start' | 'end' | 'type' | 'source' | 'confidence'>;

/**
 * A person's name the anonymiser found without the records counts as sure from this
 * confidence on: what its lists vouch for (a known first name alone, 0.85; with a surname
 * or a title, 0.95). Context guesses (0.6–0.7) and capitals (0.6 at most) stay below.
 */
export const SURE_NAME = 0.85;
/**
 * Below this the anonymiser itself leans to "not a name" (a capitalised common word,
 * 0.4; the model's faint votes on « Bravo », 0.15). A comment is short and she reads it
 * whole: listing those would make every comment look suspect, and a warning that is
 * always there is a warning no longer read.
 */
export const CHECK_NAME = 0.5;

/** What the anonymiser's spans in each shown field of a comment reveal, in field then text order. */
export function commentFindings(comment: Record<CommentField, string>, detections: Record<CommentField, readonly CommentDetection[]>): CommentFinding[] {
  return COMMENT_FIELDS.flatMap((field) =>
    [...detections[field]]
      .sort((a, b) => a.start - b.start)
      .flatMap((d) => {
        const judged = judge(field, d);
        return judged ? [{ field, start: d.start, end: d.end, text: comment[field].slice(d.start, d.end), type: d.type, ...judged }] : [];
      }),
  );
}

function judge(field: CommentField, d: CommentDetection): Pick<CommentFinding, 'recorded' | 'certainty'> | null {
  // A recorded name is the engagement's, however the comment spells or inflects it ("d'Claire", "CLAIRE", "Mme Vasseur").
  if (d.source === 'records') return { recorded: true, certainty: 'sure' };
  // An e-mail or a phone identifies whoever it belongs to, found by pattern or by the phone library, wherever the page would show it.
  if (d.type === 'email' || d.type === 'phone') return { recorded: false, certainty: 'sure' };
  // The author's own name is always a person's name: only whether it is one the engagement recorded tells anything.
  if (field === 'name') return null;
  // Organisations, places, dates, links the records do not know name no one of this engagement: not listed.
  if (d.type !== 'person' || d.confidence < CHECK_NAME) return null;
  // A capital letter alone never makes a name sure ("Call", "Juste"): she judges it.
  return { recorded: false, certainty: d.confidence >= SURE_NAME && d.source !== 'capitalisation' ? 'sure' : 'check' };
}

/**
 * Whether approving needs her to say she has read what the comment reveals. A recorded
 * name is someone of this engagement: published beside the case, it undoes its
 * anonymisation. An e-mail or a phone published is contact data, almost never meant for
 * the page. Another person's name only warns: comments often thank the coach by her
 * first name or quote an author, and the anonymiser cannot tell them from a third party
 * of the case; stopping every « Merci Sophie » would teach her to click through.
 */
export function approvalNeedsAcknowledgement(findings: readonly Pick<CommentFinding, 'recorded' | 'type'>[]): boolean {
  return findings.some((f) => f.recorded || f.type === 'email' || f.type === 'phone');
}
