import { isApiError } from '../../api/client';

/** The consent form's fields, as the server names them in a refusal. */
export type ConsentField = 'kind' | 'scope' | 'givenOn' | 'withdrawnOn' | 'statement';

/** One thing wrong with the consent sent: the field it is about and the words for it (`caseStudies.consent.errors.<key>`). */
export interface ConsentProblem {
  field: ConsentField;
  key: 'noClientSpaceConsent' | 'statementTooShort' | 'statementTooLong' | 'statementInvalid' | 'givenOnInvalid' | 'givenOnAfterToday' | 'withdrawnOnInvalid' | 'scopeInvalid' | 'kindInvalid';
  /** The bounds the sentence says: a length, or the latest day allowed ("YYYY-MM-DD", today as the server counts it). */
  values?: { min?: number; max?: number; latest?: string };
}

const FIELDS: readonly ConsentField[] = ['kind', 'scope', 'givenOn', 'withdrawnOn', 'statement'];

/**
 * What the server refused in the consent form, field by field, from the one error shape:
 * a field issue's path, code and bounds (a 400), or a refusal's reason (a 409). Anything
 * else (offline, not found, a server error) is not about the form: none, and the generic
 * message says it.
 */
export function consentProblems(error: unknown): ConsentProblem[] {
  if (!isApiError(error)) return [];
  if (error.status === 409 && error.reason === 'no_client_space_consent') return [{ field: 'kind', key: 'noClientSpaceConsent' }];
  if (error.status !== 400) return [];
  const out: ConsentProblem[] = [];
  for (const issue of error.fields) {
    // A wrong or missing kind comes without a field of its own (the body's discriminator).
    const field = (FIELDS as readonly string[]).includes(issue.path) ? (issue.path as ConsentField) : 'kind';
    if (out.some((p) => p.field === field)) continue;
    if (field === 'statement') {
      if (issue.code === 'too_small') out.push({ field, key: 'statementTooShort', values: { min: issue.minimum ?? 10 } });
      else if (issue.code === 'too_big') out.push({ field, key: 'statementTooLong', values: { max: issue.maximum ?? 1000 } });
      else out.push({ field, key: 'statementInvalid' });
    } else if (field === 'givenOn' && issue.code === 'after_today') {
      // Today is the practice's day: her browser, in another zone, may already be on the next one.
      out.push({ field, key: 'givenOnAfterToday', ...(issue.latest ? { values: { latest: issue.latest } } : {}) });
    } else {
      out.push({ field, key: `${field}Invalid` });
    }
  }
  return out;
}
