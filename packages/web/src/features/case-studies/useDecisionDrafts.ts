import { decisionKey, type EntityType } from '@alliance/domain';
import { useState } from 'react';

/**
 * What the coach typed in the decision box and has not sent yet. It lives above the
 * box, which stands under the title or under the body as she moves, so nothing she
 * typed is lost on the way; her own words for a name wait with that name, so they never
 * stand ready to replace another one.
 */
export function useDecisionDrafts() {
  const [replacements, setReplacements] = useState<Record<string, string>>({});
  const [mask, setMask] = useState<{ type: EntityType; replacement: string }>({ type: 'person', replacement: '' });
  return {
    replacement: (span: { text: string; type: EntityType }) => replacements[decisionKey(span.text, span.type)] ?? '',
    setReplacement: (span: { text: string; type: EntityType }, value: string) => setReplacements((r) => ({ ...r, [decisionKey(span.text, span.type)]: value })),
    /** Words she masks from a selection: their type and replacement. */
    mask,
    setMask,
  };
}

export type DecisionDrafts = ReturnType<typeof useDecisionDrafts>;
