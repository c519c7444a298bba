import type { EntityType } from '@alliance/domain';
import { useState } from 'react';

/**
 * What the coach typed or chose in the decision box and has not sent yet. It lives
 * above the box, which stands under the title or under the body as she moves, so
 * nothing she typed is lost on the way. Her own words wait with what they are for — a
 * person, whichever of her names she taps next, or one name she decides alone — so
 * they never stand ready to replace someone else.
 */
export function useDecisionDrafts() {
  const [replacements, setReplacements] = useState<Record<string, string>>({});
  const [alone, setAlone] = useState<Record<string, boolean>>({});
  const [mask, setMask] = useState<{ type: EntityType; replacement: string }>({ type: 'person', replacement: '' });
  return {
    /** Her own words for a person or a name, by its group's or its name's key. */
    replacement: (key: string) => replacements[key] ?? '',
    setReplacement: (key: string, value: string) => setReplacements((r) => ({ ...r, [key]: value })),
    /** Whether she decides this name (by its key) alone rather than for every name of its person. */
    alone: (nameKey: string) => alone[nameKey] ?? false,
    setAlone: (nameKey: string, value: boolean) => setAlone((a) => ({ ...a, [nameKey]: value })),
    /** Words she masks from a selection: their type and replacement. */
    mask,
    setMask,
  };
}

export type DecisionDrafts = ReturnType<typeof useDecisionDrafts>;
