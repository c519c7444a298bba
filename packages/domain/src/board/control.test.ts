import { describe, expect, it } from 'vitest';
import { BOARD_CONTROLS, canEditBoard } from './control.js';

describe('who may change a live board', () => {
  it('freezes a locked board for everyone, whatever the control', () => {
    for (const control of BOARD_CONTROLS) {
      expect(canEditBoard({ role: 'coach', control, locked: true })).toBe(false);
      expect(canEditBoard({ role: 'client', control, locked: true, linkMode: 'edit' })).toBe(false);
    }
  });

  it('lets the coach edit unless she handed control to the client', () => {
    expect(canEditBoard({ role: 'coach', control: 'coach', locked: false })).toBe(true);
    expect(canEditBoard({ role: 'coach', control: 'both', locked: false })).toBe(true);
    expect(canEditBoard({ role: 'coach', control: 'client', locked: false })).toBe(false);
  });

  it('lets the client edit through an editing link once control is hers or shared', () => {
    expect(canEditBoard({ role: 'client', control: 'client', locked: false, linkMode: 'edit' })).toBe(true);
    expect(canEditBoard({ role: 'client', control: 'both', locked: false, linkMode: 'edit' })).toBe(true);
    expect(canEditBoard({ role: 'client', control: 'coach', locked: false, linkMode: 'edit' })).toBe(false);
  });

  it('never lets a watching link edit, nor a client without a link mode', () => {
    for (const control of BOARD_CONTROLS) {
      expect(canEditBoard({ role: 'client', control, locked: false, linkMode: 'view' })).toBe(false);
      expect(canEditBoard({ role: 'client', control, locked: false })).toBe(false);
    }
  });
});
