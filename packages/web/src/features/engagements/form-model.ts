import type { ContractInput, ContractView, Engagement, ObjectiveInput } from '@alliance/api';
import { CONTRACT_PARTIES, type Cadence, type ContractParty, type SponsorVisibility } from '@alliance/domain';

/**
 * What the engagement and contract forms hold while the coach types (strings,
 * lists) and how it becomes the API's input. Pure, so it is tested alone.
 */
export interface ObjectiveRow {
  /** Kept so an edited objective keeps its id (the API replaces the list). */
  id?: string;
  statement: string;
  baseline: string;
  target: string;
}

export interface BoundaryLists {
  responsibilities: string[];
  outOfScope: string[];
}

export interface ContractDraft {
  cadence: Cadence | '';
  sessionDurationMinutes: string;
  boundaries: Record<ContractParty, BoundaryLists>;
  confidentialityClause: string;
  limitsOfConfidentiality: string;
  sponsorVisibility: SponsorVisibility;
  agreedOn: string;
}

export const emptyObjective = (): ObjectiveRow => ({ statement: '', baseline: '', target: '' });

export function emptyContractDraft(): ContractDraft {
  return {
    cadence: '',
    sessionDurationMinutes: '60',
    boundaries: { coach: { responsibilities: [], outOfScope: [] }, client: { responsibilities: [], outOfScope: [] }, sponsor: { responsibilities: [], outOfScope: [] } },
    confidentialityClause: '',
    limitsOfConfidentiality: '',
    sponsorVisibility: 'nothing',
    agreedOn: '',
  };
}

export function contractDraftOf(view: ContractView): ContractDraft {
  const draft = emptyContractDraft();
  for (const b of view.boundaries) draft.boundaries[b.party] = { responsibilities: [...b.responsibilities], outOfScope: [...b.outOfScope] };
  return {
    ...draft,
    cadence: view.cadence ?? '',
    sessionDurationMinutes: view.sessionDurationMinutes ? String(view.sessionDurationMinutes) : '',
    confidentialityClause: view.confidentialityClause ?? '',
    limitsOfConfidentiality: view.limitsOfConfidentiality ?? '',
    sponsorVisibility: view.sponsorVisibility,
    agreedOn: view.agreedOn ?? '',
  };
}

/** A typed number, or undefined when blank; text that is not a whole number is sent as NaN for the server to refuse. */
export function wholeOrUndefined(value: string): number | undefined {
  const v = value.trim();
  if (!v) return undefined;
  return /^\d+$/.test(v) ? Number(v) : Number.NaN;
}

/** The parties of the contract: coach and client always; the sponsor only when there is one (three-way contract). */
export function partiesFor(hasSponsor: boolean): ContractParty[] {
  return CONTRACT_PARTIES.filter((p) => p !== 'sponsor' || hasSponsor);
}

const clean = (lines: string[]) => lines.map((l) => l.trim()).filter(Boolean);

export function contractInputOf(draft: ContractDraft, hasSponsor: boolean): ContractInput {
  const duration = wholeOrUndefined(draft.sessionDurationMinutes);
  return {
    ...(draft.cadence ? { cadence: draft.cadence } : {}),
    ...(duration !== undefined ? { sessionDurationMinutes: duration } : {}),
    boundaries: partiesFor(hasSponsor).map((party) => ({
      party,
      responsibilities: clean(draft.boundaries[party].responsibilities),
      outOfScope: clean(draft.boundaries[party].outOfScope),
    })),
    confidentialityClause: draft.confidentialityClause.trim(),
    limitsOfConfidentiality: draft.limitsOfConfidentiality.trim(),
    // Without a sponsor there is nobody to see anything.
    sponsorVisibility: hasSponsor ? draft.sponsorVisibility : 'nothing',
    agreedOn: draft.agreedOn || null,
  };
}

export function objectiveRowsOf(engagement: Pick<Engagement, 'objectives'>): ObjectiveRow[] {
  return engagement.objectives.map((o) => ({ id: o.id, statement: o.statement, baseline: o.baseline ?? '', target: o.target ?? '' }));
}

/**
 * Rows left entirely blank are not sent. `rowOfSent[i]` is the row shown for
 * the i-th objective sent, so a refusal at `objectives.1.statement` lands on
 * the right row even when a blank row before it was skipped.
 */
export function objectivesInputOf(rows: ObjectiveRow[]): { objectives: (ObjectiveInput & { id?: string })[]; rowOfSent: number[] } {
  const objectives: (ObjectiveInput & { id?: string })[] = [];
  const rowOfSent: number[] = [];
  rows.forEach((row, index) => {
    const statement = row.statement.trim();
    const baseline = row.baseline.trim();
    const target = row.target.trim();
    if (!statement && !baseline && !target) return;
    objectives.push({
      ...(row.id ? { id: row.id } : {}),
      statement,
      ...(baseline ? { baseline } : {}),
      ...(target ? { target } : {}),
    });
    rowOfSent.push(index);
  });
  return { objectives, rowOfSent };
}

/** The path of a row's field as the server names it, or null when that row was not sent. */
export function sentPath(rowOfSent: number[], row: number, field: keyof ObjectiveInput): string | null {
  const sent = rowOfSent.indexOf(row);
  return sent === -1 ? null : `objectives.${sent}.${field}`;
}
