import type { Page } from 'playwright-core';
import { addElement, moveElement, openLiveBoard } from '../packages/server/src/testing/live.js';

/**
 * Seed 000's constellation on the engagement's held session, laid out as the coach
 * would on her board (live, with her own session cookie): the consultant, her
 * client's CEO, her solution, the mission; a first picture, a move, a resolution picture.
 * The client's real first name is a label, as a coach would write it.
 */
export async function constellationFor(coach: Page, base: string, engagementId: string): Promise<void> {
  const timeline = (await (await coach.request.get(`${base}/api/v1/engagements/${engagementId}/timeline`)).json()) as { entries: { kind: string; id: string; status?: string }[] };
  const session = timeline.entries.find((e) => e.kind === 'session' && e.status === 'held')!;
  const board = (await (await coach.request.post(`${base}/api/v1/sessions/${session.id}/boards`, { data: { title: 'Constellation' } })).json()) as { id: string };
  const cookie = (await coach.context().cookies(base)).map((c) => `${c.name}=${c.value}`).join('; ');
  const live = await openLiveBoard(base, board.id, { cookie });
  addElement(live, 'me', { label: 'Claire', x: 28, y: 72, facing: 20, isClient: true });
  addElement(live, 'ceo', { label: 'Le DG', x: 62, y: 22, facing: 200 });
  addElement(live, 'baby', { label: 'Sa solution', kind: 'solution', x: 74, y: 62, facing: null });
  addElement(live, 'mission', { label: 'La mission', kind: 'mission', x: 24, y: 28, facing: 90 });
  await live.saved();
  await coach.request.post(`${base}/api/v1/boards/${board.id}/pictures`, { data: { name: 'Au départ' } });
  moveElement(live, 'me', { x: 46, y: 50, facing: 0 });
  moveElement(live, 'ceo', { x: 54, y: 30, facing: 180 });
  await live.saved();
  const last = (await (await coach.request.post(`${base}/api/v1/boards/${board.id}/pictures`, { data: { name: 'Après le mouvement' } })).json()) as { id: string };
  await coach.request.patch(`${base}/api/v1/boards/${board.id}/pictures/${last.id}`, { data: { isResolution: true } });
  live.close();
}
