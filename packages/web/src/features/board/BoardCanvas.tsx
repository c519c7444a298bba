import type { BoardDocElement } from '@alliance/api';
import { BOARD_SIZE, FIELD_MAX, FIELD_MIN, SIZE_RADIUS, bearing, isInside, labelOffset, twistedFacing } from '@alliance/domain';
import { type KeyboardEvent, type PointerEvent, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ElementShape } from './ElementShape';
import type { Peer } from './live';

export interface CanvasProps {
  elements: BoardDocElement[];
  selectedId: string | null;
  onSelect(id: string | null): void;
  /** Absent when the board is read-only for this person. */
  onPlace?(id: string, to: { x: number; y: number; facing: number | null }): void;
  onRemove?(id: string): void;
  peers?: Peer[];
  onPointer?(p: { x: number; y: number } | null): void;
  /** Labels hidden (covert mode, on the coach's screen). */
  hideLabels?: boolean;
  /** An SVG transform turning the board to someone's point of view, and the element whose view it is. */
  viewpoint?: { transform: string; elementId: string; fieldOfView: number } | null;
  /** Elements to highlight (a comparison of two pictures). */
  highlights?: Map<string, 'moved' | 'added'>;
  label: string;
}

const FIELD = FIELD_MAX - FIELD_MIN;
const MOVE_STEP = 1;
const MOVE_STEP_LARGE = 5;
const TURN_STEP = 15;

type Point = { x: number; y: number };
/** A gesture under way: one pointer moving or turning a figure, or two fingers turning it. */
interface Gesture {
  id: string;
  pointerId: number;
  mode: 'move' | 'turn' | 'twist';
  dx: number;
  dy: number;
  twist?: { pointerId: number; facing: number; fingers: [Point, Point] };
}

/** Capturing may be refused (a pointer already gone); the gesture then just ends sooner. */
function capture(target: Element, pointerId: number) {
  try {
    target.setPointerCapture(pointerId);
  } catch {
    /* not an active pointer any more */
  }
}

/**
 * The board, drawn in SVG from the live document: the board proper inside a
 * dashed "outside" band, the elements with their gaze, the others' pointers. Move
 * an element by dragging it (mouse, pen or one finger), turn it by its handle or
 * with a second finger, or from the keyboard: arrows move, R and Shift+R turn,
 * Delete removes.
 */
export function BoardCanvas(props: CanvasProps) {
  const { t } = useTranslation();
  const groupRef = useRef<SVGGElement>(null);
  const drag = useRef<Gesture | null>(null);
  /** Where each pointer taking part in the gesture is, in board units. */
  const fingers = useRef(new Map<number, Point>());
  const frame = useRef<number | null>(null);
  const editable = Boolean(props.onPlace);
  // On a screen wider than the board, whatever lies beyond the field (a turned board's
  // corners, the cone of a field of view) would show in the margins: clip to the field.
  const clipId = `board-field-${useId().replace(/[^\w-]/g, '')}`;

  /** Screen point → board units, through the board group's own transform (viewpoint included). */
  const toBoard = (e: { clientX: number; clientY: number }) => {
    const g = groupRef.current;
    const m = g?.getScreenCTM();
    if (!g || !m) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    return { x: p.x, y: p.y };
  };

  const start = (e: PointerEvent, el: BoardDocElement, mode: 'move' | 'turn') => {
    if (drag.current && drag.current.pointerId !== e.pointerId && e.pointerType === 'touch') return secondFinger(e);
    props.onSelect(el.id);
    if (!editable) return;
    e.stopPropagation();
    capture(e.currentTarget as Element, e.pointerId);
    const p = toBoard(e);
    fingers.current.clear();
    if (p) fingers.current.set(e.pointerId, p);
    drag.current = { id: el.id, pointerId: e.pointerId, mode, dx: p ? el.place.x - p.x : 0, dy: p ? el.place.y - p.y : 0 };
  };
  /** A second finger while one holds a figure: from now on the two fingers turn it. */
  const secondFinger = (e: PointerEvent) => {
    const d = drag.current!;
    e.stopPropagation();
    const el = props.elements.find((x) => x.id === d.id);
    const first = fingers.current.get(d.pointerId);
    const p = toBoard(e);
    if (!el || el.place.facing === null || !first || !p || d.twist) return;
    capture(e.currentTarget as Element, e.pointerId);
    fingers.current.set(e.pointerId, p);
    drag.current = { ...d, mode: 'twist', twist: { pointerId: e.pointerId, facing: el.place.facing, fingers: [first, p] } };
  };
  const move = (e: PointerEvent) => {
    const p = toBoard(e);
    if (p) props.onPointer?.(p);
    const d = drag.current;
    if (!d || !p || !props.onPlace) return;
    if (fingers.current.has(e.pointerId)) fingers.current.set(e.pointerId, p);
    const el = props.elements.find((x) => x.id === d.id);
    if (!el) return;
    const to = placeFor(d, el, p);
    if (!to) return;
    // One change per frame is smooth for everyone and keeps the document small.
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      props.onPlace?.(d.id, to);
    });
  };
  const placeFor = (d: Gesture, el: BoardDocElement, p: Point) => {
    const { x, y, facing } = el.place;
    if (d.mode === 'move') return { x: p.x + d.dx, y: p.y + d.dy, facing };
    if (d.mode === 'turn') return { x, y, facing: Math.round(bearing(el.place, p)) };
    const a = fingers.current.get(d.pointerId);
    const b = fingers.current.get(d.twist!.pointerId);
    return a && b ? { x, y, facing: twistedFacing(d.twist!.facing, d.twist!.fingers, [a, b]) } : null;
  };
  /** Lifting any finger of the gesture ends it; the figure stays where it is. */
  const end = (e: PointerEvent) => {
    fingers.current.delete(e.pointerId);
    const d = drag.current;
    if (d && (e.pointerId === d.pointerId || e.pointerId === d.twist?.pointerId)) drag.current = null;
  };

  const onKey = (e: KeyboardEvent, el: BoardDocElement) => {
    if (!props.onPlace) return;
    const step = e.shiftKey ? MOVE_STEP_LARGE : MOVE_STEP;
    const { x, y, facing } = el.place;
    const moves: Record<string, { x: number; y: number; facing: number | null }> = {
      ArrowLeft: { x: x - step, y, facing },
      ArrowRight: { x: x + step, y, facing },
      ArrowUp: { x, y: y - step, facing },
      ArrowDown: { x, y: y + step, facing },
    };
    if (moves[e.key]) props.onPlace(el.id, moves[e.key]!);
    else if ((e.key === 'r' || e.key === 'R') && facing !== null) props.onPlace(el.id, { x, y, facing: facing + (e.shiftKey ? -TURN_STEP : TURN_STEP) });
    else if ((e.key === 'Delete' || e.key === 'Backspace') && props.onRemove) props.onRemove(el.id);
    else return;
    e.preventDefault();
  };

  const describe = (el: BoardDocElement) =>
    t('board.element.describe', {
      kind: t(`board.kind.${el.kind}`),
      label: props.hideLabels ? t('board.covertLabel') : el.label || t('board.unnamed'),
      x: Math.round(el.place.x),
      y: Math.round(el.place.y),
      where: isInside(el.place) ? t('board.inside') : t('board.outside'),
      facing: el.place.facing === null ? t('board.noFacing') : t('board.facing', { deg: Math.round(el.place.facing) }),
    });

  const viewer = props.viewpoint ? props.elements.find((e) => e.id === props.viewpoint!.elementId) : undefined;
  return (
    <svg
      className="board-canvas"
      viewBox={`${FIELD_MIN} ${FIELD_MIN} ${FIELD} ${FIELD}`}
      role="application"
      aria-label={props.label}
      aria-roledescription={t('board.roleDescription')}
      onPointerMove={move}
      onPointerUp={end}
      onPointerCancel={end}
      onPointerLeave={() => props.onPointer?.(null)}
      onPointerDown={(e) => (drag.current && e.pointerType === 'touch' ? secondFinger(e) : props.onSelect(null))}
    >
      <defs>
        <clipPath id={clipId}>
          <rect x={FIELD_MIN} y={FIELD_MIN} width={FIELD} height={FIELD} />
        </clipPath>
      </defs>
      <rect x={FIELD_MIN} y={FIELD_MIN} width={FIELD} height={FIELD} className="board-canvas__outside" />
      <g clipPath={`url(#${clipId})`}>
        <g ref={groupRef} transform={props.viewpoint?.transform}>
          <rect x={0} y={0} width={BOARD_SIZE} height={BOARD_SIZE} rx={1.5} className="board-canvas__board" />
          {viewer && viewer.place.facing !== null ? (
            <path
              className="board-canvas__view"
              d={fieldOfViewPath(viewer.place.x, viewer.place.y, viewer.place.facing, props.viewpoint!.fieldOfView)}
            />
          ) : null}
          {props.elements.map((el) => {
            const selected = el.id === props.selectedId;
            const r = SIZE_RADIUS[el.size];
            return (
              <g
                key={el.id}
                className={`board-element${selected ? ' board-element--selected' : ''}`}
                transform={`translate(${el.place.x} ${el.place.y})`}
                tabIndex={0}
                role="button"
                aria-pressed={selected}
                aria-label={describe(el)}
                onFocus={() => props.onSelect(el.id)}
                onKeyDown={(e) => onKey(e, el)}
                onPointerDown={(e) => start(e, el, 'move')}
              >
                <g transform={`rotate(${el.place.facing ?? 0})`}>
                  <ElementShape element={el} highlight={props.highlights?.get(el.id) ?? null} />
                  {selected && editable && el.place.facing !== null ? (
                    <circle
                      className="board-element__turn"
                      cx={0}
                      cy={-r - 5.5}
                      r={2.2}
                      aria-hidden="true"
                      onPointerDown={(e) => start(e, el, 'turn')}
                    />
                  ) : null}
                </g>
                <text className="board-element__label" y={labelOffset(r)} textAnchor="middle" transform={props.viewpoint ? counterRotate(props.viewpoint.transform) : undefined}>
                  {props.hideLabels ? '•••' : el.label}
                </text>
              </g>
            );
          })}
          {(props.peers ?? [])
            .filter((p) => !p.isSelf && p.pointer)
            .map((p) => (
              <g key={p.clientId} className="board-pointer" transform={`translate(${p.pointer!.x} ${p.pointer!.y})`} aria-hidden="true">
                <path d="M0,0 L0,5 L1.4,3.8 L2.6,6.2 L3.4,5.8 L2.3,3.4 L4,3.2 Z" fill={p.colour} stroke="#fff" strokeWidth={0.3} />
                <text x={4.5} y={7} className="board-pointer__name" fill={p.colour}>
                  {p.name}
                </text>
              </g>
            ))}
        </g>
      </g>
    </svg>
  );
}

/** A labelled element keeps its text upright when the board turns to a point of view. */
function counterRotate(transform: string): string | undefined {
  const m = /rotate\((-?[\d.]+)/.exec(transform);
  return m ? `rotate(${-Number(m[1])} 0 0)` : undefined;
}

/** The field of view of an element: a cone of `fov` degrees towards its facing. */
function fieldOfViewPath(x: number, y: number, facing: number, fov: number): string {
  const reach = 160;
  const point = (deg: number) => {
    const a = (deg * Math.PI) / 180;
    return `${(x + Math.sin(a) * reach).toFixed(2)},${(y - Math.cos(a) * reach).toFixed(2)}`;
  };
  return `M${x},${y} L${point(facing - fov / 2)} L${point(facing + fov / 2)} Z`;
}
