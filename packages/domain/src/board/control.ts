// Who may change a live board at this moment. The coach hands control over to the
// client or takes it back; a locked board is frozen for everyone (the coach unlocks
// it first); a link given "to watch" never edits.

export const BOARD_CONTROLS = ['coach', 'client', 'both'] as const;
export type BoardControlMode = (typeof BOARD_CONTROLS)[number];

export interface EditRule {
  role: 'coach' | 'client';
  control: BoardControlMode;
  locked: boolean;
  /** The client's link: 'view' links never edit. Ignored for the coach. */
  linkMode?: 'edit' | 'view';
}

export function canEditBoard({ role, control, locked, linkMode }: EditRule): boolean {
  if (locked) return false;
  if (role === 'coach') return control !== 'client';
  return linkMode === 'edit' && control !== 'coach';
}
