import type { CommentIdentifying } from '@alliance/api';
import { approvalNeedsAcknowledgement, commentFindings } from '@alliance/domain';
import { detect, type KnownEntity, type Language, loadLexicon } from '@alliance/domain/anonymise';
import type { CommentRecord } from '../../repos/case-studies.js';
import type { Repositories } from '../../repos/index.js';
import { engagementNames } from '../anonymise/recorded-names.js';

/**
 * Reads comments as the public page would show them (the author's name and the comment,
 * never the e-mail) with the anonymiser and the recorded names of the engagement their
 * case study tells: what each reveals, and whether approving it needs the coach's word.
 * One reader per request: each case's names are gathered once, however many comments.
 */
export async function commentReader(repos: Repositories): Promise<(c: CommentRecord) => Promise<CommentIdentifying>> {
  const lexicon = await loadLexicon();
  const cases = new Map<string, Promise<{ language: Language; known: KnownEntity[] }>>();
  const namesOf = (caseStudyId: string) => {
    let names = cases.get(caseStudyId);
    if (!names) {
      names = (async () => {
        const record = await repos.caseStudies.get(caseStudyId);
        // Read in the case's language, the one its readers write in; a case gone leaves nothing recorded to look for.
        return record ? { language: record.language, known: (await engagementNames(repos, record.engagementId)).known } : { language: 'fr' as const, known: [] };
      })();
      cases.set(caseStudyId, names);
    }
    return names;
  };
  return async (c) => {
    const { language, known } = await namesOf(c.caseStudyId);
    const read = (text: string) => detect(text, lexicon, { language, known });
    const found = commentFindings({ name: c.name, body: c.body }, { name: read(c.name), body: read(c.body) });
    return { found, needsAcknowledgement: approvalNeedsAcknowledgement(found) };
  };
}
