import type { BoardDocElement } from '@alliance/api';
import { describe, expect, it } from 'vitest';
import { labelLines, pictureSvg } from './picture-svg.js';

const element = (label: string, x: number): BoardDocElement =>
  ({ id: label, kind: 'person', label, colour: '#3a6ea5', size: 'medium', isClient: false, place: { x, y: 50, facing: null } }) as unknown as BoardDocElement;

describe('a board picture as SVG', () => {
  it('breaks a long label between words on up to three lines, and never drops a word', () => {
    expect(labelLines('La consultante')).toEqual(['La consultante']);
    expect(labelLines('Le directeur général adjoint de la filiale')).toEqual(['Le directeur', 'général adjoint', 'de la filiale']);
    const long = 'Un label très long qui continue encore et encore sans fin';
    expect(labelLines(long).length).toBe(3);
    expect(labelLines(long).join(' ')).toBe(long);
  });

  it('writes each line as an escaped tspan with a halo, and frames the long label whole', () => {
    const svg = pictureSvg([element('Le <directeur> général adjoint', 50)], 'Première image', { framed: true });
    expect(svg).toContain('<tspan x="0" dy="0">Le &lt;directeur&gt;</tspan>');
    expect(svg).toContain('général adjoint</tspan>');
    expect(svg).toContain('paint-order="stroke"');
    expect(svg).not.toContain('<directeur>');
  });
});
