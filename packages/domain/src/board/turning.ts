import { normaliseDegrees, signedTurn } from './element.js';

/**
 * How a figure is turned by hand: its gaze follows a handle dragged around it, or the
 * line between two fingers. Angles are in degrees clockwise from "up" on the board,
 * where y grows downwards, like `facing` itself.
 */
export function bearing(from: { x: number; y: number }, to: { x: number; y: number }): number {
  return normaliseDegrees((Math.atan2(to.x - from.x, -(to.y - from.y)) * 180) / Math.PI);
}

/**
 * Two fingers on the screen: the figure turns by as much as the line between them has
 * turned since they came down, whichever way round, however far they are apart.
 */
export function twistedFacing(
  startFacing: number,
  fingersAtStart: [{ x: number; y: number }, { x: number; y: number }],
  fingersNow: [{ x: number; y: number }, { x: number; y: number }],
): number {
  const turned = signedTurn(bearing(...fingersAtStart), bearing(...fingersNow));
  return normaliseDegrees(Math.round(startFacing + turned));
}
