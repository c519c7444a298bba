import { anonymiseRequest, anonymiseResponse } from '@alliance/api';
import { anonymise, loadLexicon } from '@alliance/domain/anonymise';
import { ctx } from '../../http/context.js';
import { errors, type TypedApp } from '../../http/typed.js';
import { recordedNames } from './recorded-names.js';

/** A signed-in coach anonymises any text; with an engagement, its recorded names are never missed. */
export function anonymiseRoutes(app: TypedApp): void {
  app.post('/api/v1/anonymise', { schema: { tags: ['anonymise'], body: anonymiseRequest, response: { 200: anonymiseResponse, ...errors } } }, async (request) => {
    const { repos } = ctx(request);
    const { text, language, mode, engagementId } = request.body;
    const known = engagementId ? await recordedNames(repos, engagementId) : [];
    const lexicon = await loadLexicon();
    const result = anonymise(text, lexicon, { language, mode, known, seedOf: repos.pseudonyms.seedOf });
    const spans = result.spans.map(({ start, end, type, replacement, source, confidence, nameStart, nameEnd }) => ({ start, end, type, replacement, source, confidence, nameStart, nameEnd }));
    return { text: result.text, spans, details: result.details };
  });
}
