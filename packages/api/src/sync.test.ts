import { describe, expect, it } from 'vitest';
import { elementFromFields } from './sync.js';

const read = (fields: Record<string, unknown>) => elementFromFields('e1', (f) => fields[f]);

describe('elementFromFields', () => {
  it('reads a well-formed element as it is', () => {
    const fields = { kind: 'need', label: 'Être reconnue', colour: '#aa3300', size: 'large', isClient: true, place: { x: 12, y: 80, facing: 90 } };
    expect(read(fields)).toEqual({ id: 'e1', ...fields });
  });

  it('replaces what a client wrote wrong by the defaults, so a picture can always be drawn', () => {
    const e = read({ kind: 'abstraction', label: 42, colour: { evil: true }, size: 'huge', isClient: 'yes', place: { x: 'far', y: Infinity, facing: '90' } });
    expect(e).toEqual({ id: 'e1', kind: 'person', label: '42', colour: '#57606a', size: 'medium', isClient: false, place: { x: 50, y: 50, facing: null } });
  });

  it('keeps an element placed far outside the field at the edge of the field', () => {
    const e = read({ place: { x: -1e9, y: 1e9, facing: null } });
    expect(e.place.x).toBeLessThan(0);
    expect(e.place.y).toBeGreaterThan(100);
    expect(Number.isFinite(e.place.x) && Number.isFinite(e.place.y)).toBe(true);
  });
});
