// Frame times of the board in headless Chromium while one figure is dragged: 100 elements, against a board of one.
/*
 * npm run bench -- board-render [--elements 100] [--seconds 4]
 *
 * Starts the real server (embedded database, a data folder of its own), signs a
 * coach up, fills a board with N elements through a live connection, opens the
 * board page in Debian's Chromium and drags one figure for a few seconds with a
 * mouse move every 16 ms, while the page records the time between animation
 * frames. The same drag on a board holding a single element is the baseline.
 * Prints one JSON line.
 */
import { parseArgs } from 'node:util';
import { addElement, openLiveBoard } from '../../packages/server/src/testing/live.js';
import { launchBrowser, removeDir, startServer } from '../../e2e/support.js';

const { values: args } = parseArgs({ options: { elements: { type: 'string', default: '100' }, seconds: { type: 'string', default: '4' } } });
const ELEMENTS = Number(args.elements);
const SECONDS = Number(args.seconds);
const log = (m: string) => process.stderr.write(`${m}\n`);

const server = await startServer({ env: { DEMO: 'off' } });
const browser = await launchBrowser();
try {
  const headers = { origin: server.base, 'content-type': 'application/json' };
  const signUp = await fetch(`${server.base}/api/auth/sign-up/email`, { method: 'POST', headers, body: JSON.stringify({ email: 'bench@example.test', password: 'bench-alliance-password', name: 'Coach Banc' }) });
  const cookie = signUp.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const post = async (path: string, body: unknown) => (await fetch(server.base + path, { method: 'POST', headers: { ...headers, cookie }, body: JSON.stringify(body) })).json() as Promise<{ id: string }>;
  const cl = await post('/api/v1/clients', { firstName: 'Banc', lastName: 'Essai' });
  const en = await post('/api/v1/engagements', { clientId: cl.id, title: 'Rendu' });
  const se = await post(`/api/v1/engagements/${en.id}/sessions`, { scheduledAt: new Date().toISOString(), durationMinutes: 60, mode: 'video' });

  async function boardWith(count: number): Promise<string> {
    const board = await post(`/api/v1/sessions/${se.id}/boards`, { title: `${count} éléments` });
    const live = await openLiveBoard(server.base, board.id, { cookie });
    for (let i = 0; i < count; i++) addElement(live, `e${i}`, { label: `Élément ${i + 1}`, x: 5 + (i % 10) * 10, y: 5 + Math.floor(i / 10) * 10, facing: (i * 37) % 360 });
    await live.saved();
    live.close();
    return board.id;
  }

  async function measure(boardId: string, count: number) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'fr-FR' });
    await context.addCookies(cookie.split('; ').map((c) => ({ name: c.split('=')[0]!, value: c.slice(c.indexOf('=') + 1), url: server.base })));
    const page = await context.newPage();
    await page.goto(`${server.base}/boards/${boardId}`);
    await page.locator('g.board-element').nth(count - 1).waitFor();
    const box = (await page.locator('g.board-element').first().locator('.board-element__shape').boundingBox())!;
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    // A plain script: the TypeScript loader would add helpers the page does not have.
    await page.evaluate(`(() => {
      window.frames_ = [];
      window.recording = true;
      const tick = (t) => { window.frames_.push(t); if (window.recording) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    const before = await page.locator('g.board-element').first().getAttribute('aria-label');
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    const steps = Math.round((SECONDS * 1000) / 16);
    for (let i = 0; i < steps; i++) {
      const a = (i / steps) * Math.PI * 3.5; // ends away from where it started
      await page.mouse.move(start.x + Math.sin(a) * 200, start.y + (1 - Math.cos(a)) * 120);
      await new Promise((r) => setTimeout(r, 16));
    }
    await page.mouse.up();
    // The figure must really have followed the mouse, or the frame times mean nothing.
    if ((await page.locator('g.board-element').first().getAttribute('aria-label')) === before) throw new Error('the dragged figure did not move');
    const frames = (await page.evaluate(`(() => { window.recording = false; return window.frames_; })()`)) as number[];
    await context.close();
    const deltas = frames.slice(1).map((t, i) => t - frames[i]!).sort((a, b) => a - b);
    const pct = (p: number) => Math.round(deltas[Math.min(deltas.length - 1, Math.floor((deltas.length * p) / 100))]! * 10) / 10;
    const total = (frames.at(-1)! - frames[0]!) / 1000;
    return { frames: deltas.length, fps: Math.round((deltas.length / total) * 10) / 10, p50: pct(50), p95: pct(95), p99: pct(99), long: deltas.filter((d) => d > 20).length };
  }

  const big = await boardWith(ELEMENTS);
  const small = await boardWith(1);
  log(`boards ready: ${ELEMENTS} elements and 1 element`);
  await measure(small, 1); // warm-up: first page load compiles the app
  const baseline = await measure(small, 1);
  const loaded = await measure(big, ELEMENTS);
  log(`${ELEMENTS} elements: ${loaded.fps} fps, p95 ${loaded.p95} ms; 1 element: ${baseline.fps} fps, p95 ${baseline.p95} ms`);
  process.stdout.write(
    `${JSON.stringify({
      elements: ELEMENTS,
      fps: loaded.fps,
      p50_frame_ms: loaded.p50,
      p95_frame_ms: loaded.p95,
      p99_frame_ms: loaded.p99,
      frames_over_20_ms: loaded.long,
      frames: loaded.frames,
      baseline_elements: 1,
      baseline_fps: baseline.fps,
      baseline_p95_frame_ms: baseline.p95,
      baseline_p99_frame_ms: baseline.p99,
      seconds: SECONDS,
    })}\n`,
  );
} finally {
  await browser.close();
  await server.stop();
  removeDir(server.dataDir);
}
