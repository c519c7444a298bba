import type { EntityType } from '@alliance/domain';
import { useState } from 'react';

/**
 * What a decision from the box is for: every name of the person (`all`), the name under
 * the caret in all its passages (`name`), or that one passage only (`passage`).
 */
export type DecisionScope = 'all' | 'name' | 'passage';

/**
 * What the coach typed or chose in the decision box and has not sent yet. It lives
 * above the box, which stands under the title or under the body as she moves, so
 * nothing she typed is lost on the way. Her own words wait with what they are for — a
 * person, whichever of her names she taps next, one name she decides alone, or a
 * passage — so they never stand ready to replace someone else.
 */
export function useDecisionDrafts() {
  const [replacements, setReplacements] = useState<Record<string, string>>({});
  const [scopes, setScopes] = useState<Record<string, DecisionScope>>({});
  const [mask, setMask] = useState<{ type: EntityType; replacement: string }>({ type: 'person', replacement: '' });
  return {
    /** Her own words for a person, a name or a passage, by the key of what they are for. */
    replacement: (key: string) => replacements[key] ?? '',
    setReplacement: (key: string, value: string) => setReplacements((r) => ({ ...r, [key]: value })),
    /** What she chose her decisions on this name (by its key) to be for; none yet, the box's default. */
    scope: (nameKey: string): DecisionScope | undefined => scopes[nameKey],
    setScope: (nameKey: string, value: DecisionScope) => setScopes((a) => ({ ...a, [nameKey]: value })),
    /** Words she masks from a selection: their type and replacement. */
    mask,
    setMask,
  };
}

export type DecisionDrafts = ReturnType<typeof useDecisionDrafts>;
