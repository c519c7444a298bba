import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../config.js';
import { type Coach, sharedDatabase, signedInCoach, TEST_DATABASES, testApp } from '../testing/harness.js';
import { addElement, openLiveBoard } from '../testing/live.js';

const PG_DUMP = '/usr/lib/postgresql/15/bin/pg_dump';

/** A marker per confidential field: none may appear in a dump of the database. */
const M = {
  firstName: 'Prenommarqueur',
  lastName: 'Quennevilliard',
  email: 'zorblax.cliente@example.test',
  phone: '+33 6 98 76 54 32',
  role: 'ROLEMARKER chargée avant-vente',
  orgName: 'ORGMARKER Logisud',
  orgContact: 'ORGCONTACTMARKER',
  title: 'TITLEMARKER recréer alliance',
  objective: 'OBJECTIVEMARKER relation DG',
  baseline: 'BASELINEMARKER en froid',
  boundary: 'BOUNDARYMARKER concevoir la solution',
  clause: 'CLAUSEMARKER confidentiel',
  situation: 'SITUATIONMARKER en froid avec le DG',
  emotion: 'EMOTIONMARKER',
  exploration: 'EXPLORATIONMARKER son bébé',
  reflection: 'REFLECTIONMARKER triangle dramatique',
  contact: 'CONTACTMARKER petit incident',
  feedback: 'FEEDBACKMARKER alliance recréée',
  learning: 'LEARNINGMARKER investissement affectif',
  boardTitle: 'BOARDTITLEMARKER constellation',
  elementLabel: 'ELEMENTLABELMARKER le DG',
  pictureName: 'PICTURENAMEMARKER image de départ',
  feltSense: 'FELTSENSEMARKER seul et lourd',
};

async function fillWithMarkers(coach: Coach, base: string) {
  const org = await coach.call('POST', '/api/v1/organisations', { name: M.orgName, contactName: M.orgContact });
  const cl = await coach.call('POST', '/api/v1/clients', { firstName: M.firstName, lastName: M.lastName, email: M.email, phone: M.phone, role: M.role, organisationId: org.body.id });
  const en = await coach.call('POST', '/api/v1/engagements', {
    clientId: cl.body.id,
    sponsorId: org.body.id,
    title: M.title,
    objectives: [{ statement: M.objective, baseline: M.baseline }],
    contract: { confidentialityClause: M.clause, boundaries: [{ party: 'coach', responsibilities: ['le cadre'], outOfScope: [M.boundary] }] },
  });
  const se = await coach.call('POST', `/api/v1/engagements/${en.body.id}/sessions`, { scheduledAt: '2026-10-01T09:00:00Z', durationMinutes: 60, mode: 'video' });
  await coach.call('PATCH', `/api/v1/sessions/${se.body.id}`, {
    notes: { situation: M.situation, exploration: M.exploration, emotionsBefore: [{ name: M.emotion, intensity: 7 }] },
    privateReflections: M.reflection,
  });
  await coach.call('POST', `/api/v1/engagements/${en.body.id}/contacts`, { kind: 'phone', occurredAt: '2026-10-02T09:00:00Z', summary: M.contact });
  await coach.call('POST', `/api/v1/engagements/${en.body.id}/feedback`, { event: 'Réunion', account: M.feedback });
  await coach.call('POST', `/api/v1/engagements/${en.body.id}/learnings`, { statement: M.learning });
  // A constellation: a board, an element placed live, a picture, a felt sense.
  const board = await coach.call('POST', `/api/v1/sessions/${se.body.id}/boards`, { title: M.boardTitle });
  const live = await openLiveBoard(base, board.body.id, { cookie: coach.cookie() });
  addElement(live, 'dg', { label: M.elementLabel, x: 50, y: 20 });
  await live.saved();
  live.close();
  await coach.call('POST', `/api/v1/boards/${board.body.id}/pictures`, { name: M.pictureName });
  const felt = await coach.call('POST', `/api/v1/boards/${board.body.id}/felt-senses`, { elementId: 'dg', words: M.feltSense, energy: -2 });
  expect(felt.body.elementLabel).toBe(M.elementLabel);
  // Reading it back proves the markers were stored, not dropped.
  const back = await coach.call('GET', `/api/v1/sessions/${se.body.id}`);
  expect(back.body.notes.situation).toBe(M.situation);
}

function markersIn(dump: Buffer): string[] {
  return Object.entries(M)
    .filter(([, m]) => dump.includes(Buffer.from(m)) || dump.includes(Buffer.from(m.toLowerCase())))
    .map(([k]) => k);
}

describe.each(TEST_DATABASES)('a dump of the database shows no coaching content and no client name (%s)', (kind) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp(kind);
    await app.listen({ host: '127.0.0.1', port: 0 });
    await fillWithMarkers(await signedInCoach(app), `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`);
  });
  afterAll(() => app.close());

  it(kind === 'embedded' ? "scans PGlite's dump of its data folder" : 'scans pg_dump of the server', async () => {
    let dump: Buffer;
    if (kind === 'embedded') {
      const { pglite } = await sharedDatabase('embedded');
      const tarball = await pglite!.dumpDataDir('none');
      dump = Buffer.from(await tarball.arrayBuffer());
    } else {
      expect(existsSync(PG_DUMP)).toBe(true);
      const out = spawnSync(PG_DUMP, ['--dbname', testDatabaseUrl()!, '--data-only'], { maxBuffer: 512 * 1024 * 1024 });
      expect(out.status, out.stderr?.toString()).toBe(0);
      dump = out.stdout;
    }
    expect(dump.length).toBeGreaterThan(5_000);
    // The dump is not empty of our data: the practice's rows are there, sealed.
    expect(dump.includes(Buffer.from('v1.'))).toBe(true);
    expect(markersIn(dump)).toEqual([]);
  });
});
