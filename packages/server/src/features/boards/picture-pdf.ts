import type { BoardDocElement } from '@alliance/api';
import { BOARD_SIZE, FIELD_MAX, FIELD_MIN, gazeMarker, labelOffset, SHAPE_BY_KIND, shapeOutline, SIZE_RADIUS } from '@alliance/domain';

const INK = '#1f2933';

/** One picture, drawn with the same geometry as the screen: board, outside band, shapes, gazes, labels. */
export function drawPicture(doc: PDFKit.PDFDocument, elements: BoardDocElement[], left: number, top: number, size: number) {
  const scale = size / (FIELD_MAX - FIELD_MIN);
  const X = (x: number) => left + (x - FIELD_MIN) * scale;
  const Y = (y: number) => top + (y - FIELD_MIN) * scale;
  doc.save();
  doc.rect(left, top, size, size).fill('#efece5');
  doc.roundedRect(X(0), Y(0), BOARD_SIZE * scale, BOARD_SIZE * scale, 1.5 * scale).fillAndStroke('#fbfaf6', '#cbc4b6');
  for (const el of elements) {
    const r = SIZE_RADIUS[el.size];
    const outline = shapeOutline(SHAPE_BY_KIND[el.kind], r);
    doc.save();
    doc.translate(X(el.place.x), Y(el.place.y)).scale(scale).rotate(el.place.facing ?? 0);
    if (el.isClient) doc.circle(0, 0, r + 1.1).lineWidth(0.3).stroke('#1f2328');
    doc.lineWidth(0.35).fillOpacity(0.9);
    if (outline.kind === 'circle') doc.circle(0, 0, outline.r).fillAndStroke(el.colour, '#1f2328');
    else doc.polygon(...outline.points).fillAndStroke(el.colour, '#1f2328');
    doc.fillOpacity(1);
    if (el.place.facing !== null) doc.polygon(...gazeMarker(r)).fill('#1f2328');
    doc.restore();
    if (el.label) {
      doc.font('Helvetica-Bold').fontSize(7).fillColor(INK);
      const w = doc.widthOfString(el.label);
      doc.text(el.label, X(el.place.x) - w / 2, Y(el.place.y) + labelOffset(r) * scale - 5, { lineBreak: false });
    }
  }
  doc.restore();
  doc.x = left;
}
