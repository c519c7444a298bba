import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Vault } from '../crypto/vault.js';
import type { DatabaseHandle } from '../db/database.js';
import { outbox, type OutboxKind } from '../db/schema.js';
import { outboxRepository } from '../repos/outbox.js';
import { practiceRepository } from '../repos/practices.js';
import { sharedDatabase, TEST_DATABASES } from '../testing/harness.js';
import { CLAIM_TIMEOUT_MS, deliverOutbox, MAX_ATTEMPTS, startOutboxDelivery } from './delivery.js';
import { createMailer, type Mailer } from './mailer.js';
import { alertDigestMail, sessionReminderMail, signInLinkMail } from './templates.js';

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

// ——— A real SMTP server on 127.0.0.1, and just enough MIME to read what it received ———

interface Received {
  from: string;
  to: string[];
  subject: string;
  body: string;
  headers: Map<string, string>;
}

function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=(\s+(?==\?))?/g, (_, _charset: string, enc: string, text: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const s = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '=' && /^[0-9A-F]{2}$/i.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(s[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function parseMessage(raw: string, envelope: { from: string; to: string[] }): Received {
  const split = raw.indexOf('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  let body = raw.slice(split + 4);
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  if (encoding === 'quoted-printable') body = decodeQuotedPrintable(body);
  else if (encoding === 'base64') body = Buffer.from(body, 'base64').toString('utf8');
  return { ...envelope, subject: decodeWords(headers.get('subject') ?? ''), body: body.replace(/\r\n/g, '\n'), headers };
}

async function startSmtpServer() {
  const received: Received[] = [];
  const state = { refuse: false, slowMs: 0, recipients: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (state.refuse) return callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      state.recipients++;
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push(
          parseMessage(Buffer.concat(chunks).toString('utf8'), {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
          }),
        );
        setTimeout(() => callback(), state.slowMs);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { received, state, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

// ——— The practice whose outbox is sent ———

describe.each(TEST_DATABASES)('sending the outbox by e-mail (%s)', (kind) => {
  let database: DatabaseHandle;
  let vault: Vault;
  let practiceId: string;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let mailer: Mailer;
  const deps = () => ({ db: database.db, vault, practices: practiceRepository(database.db, vault), mailer });
  const repo = () => {
    const keys = vault.forPractice(practiceId, wrappedKey);
    return outboxRepository({ db: database.db, practiceId, keys });
  };
  let wrappedKey: string;
  // Each test writes to addresses of its own, so what another test left cannot be mistaken for its mail.
  let tag = '';
  const address = (name: string) => `${name}.${tag}@example.test`;
  const receivedBy = (to: string) => smtp.received.filter((m) => m.to.includes(to));
  const add = (kindOf: OutboxKind, to: string, mail: { subject: string; body: string }) => repo().add(kindOf, `${kindOf}:${randomUUID()}`, { to, ...mail });
  const rowOf = async (to: string) => {
    const entry = (await repo().list()).find((m) => m.to === to)!;
    const [row] = await database.db.select({ attempts: outbox.attempts, sentAt: outbox.sentAt }).from(outbox).where(eq(outbox.id, entry.id));
    return { ...entry, attempts: row!.attempts };
  };

  beforeAll(async () => {
    database = await sharedDatabase(kind);
    vault = new Vault(randomBytes(32));
    const userId = `u-${randomBytes(6).toString('hex')}`;
    await database.db.execute(sql`insert into "user" (id, name, email) values (${userId}, ${'Coach Mail'}, ${`${userId}@example.test`})`);
    const m = (await practiceRepository(database.db, vault).ensurePracticeFor(userId, 'Cabinet Moreau'))!;
    practiceId = m.practice.id;
    wrappedKey = m.wrappedKey;
    smtp = await startSmtpServer();
    mailer = createMailer(`smtp://127.0.0.1:${smtp.port}`, 'Cabinet Moreau <agenda@moreau.example>')!;
  });
  afterAll(async () => {
    mailer?.close();
    await smtp?.close();
    if (practiceId) await practiceRepository(database.db, vault).remove(practiceId);
  });
  beforeEach(() => {
    tag = randomBytes(4).toString('hex');
    smtp.state.refuse = false;
    smtp.state.slowMs = 0;
  });

  it('sends each waiting message to its addressee, as written, and marks it sent: a second pass sends nothing', async () => {
    const link = signInLinkMail({ language: 'fr', purpose: 'invitation', recipientName: 'Claire Vasseur', practiceName: 'Cabinet Moreau', url: 'https://alliance.example/espace/lien#tok_abc', expiresAt: new Date(Date.now() + 7 * 86_400_000) });
    const reminder = sessionReminderMail({ language: 'en', firstName: 'Paul', at: new Date(Date.now() + 20 * 3_600_000) });
    const digest = alertDigestMail({ language: 'fr', practiceName: 'Cabinet Moreau', alerts: [{ kind: 'alliance_drop', clientName: 'Sonia Ferrand', at: new Date() }], url: 'https://alliance.example/alertes' });
    expect(await add('sign_in_link', address('claire'), link)).toBe(true);
    expect(await add('session_reminder', address('paul'), reminder)).toBe(true);
    expect(await add('alert_digest', address('coach'), digest)).toBe(true);
    expect((await rowOf(address('claire'))).sentAt).toBeNull();

    const before = Date.now();
    expect(await deliverOutbox(deps(), new Date())).toEqual({ sent: 3, failed: 0 });

    for (const [to, mail] of [
      [address('claire'), link],
      [address('paul'), reminder],
      [address('coach'), digest],
    ] as const) {
      const got = receivedBy(to);
      expect(got, to).toHaveLength(1);
      expect(got[0]!.to).toEqual([to]);
      expect(got[0]!.from).toBe('agenda@moreau.example');
      expect(got[0]!.subject).toBe(mail.subject);
      expect(got[0]!.body.trimEnd()).toBe(mail.body.trimEnd());
      expect(got[0]!.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/i);
      expect(got[0]!.headers.get('auto-submitted')).toBe('auto-generated');
      const row = await rowOf(to);
      expect(row.attempts).toBe(1);
      expect(row.sentAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    }
    expect(receivedBy(address('claire'))[0]!.body).toContain('\nhttps://alliance.example/espace/lien#tok_abc\n');

    const count = smtp.received.length;
    expect(await deliverOutbox(deps(), new Date())).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received.length).toBe(count);
  });

  it('keeps a message the server refuses, counts the attempt, and sends it on a later pass', async () => {
    const to = address('refused');
    await add('sign_in_link', to, signInLinkMail({ language: 'en', purpose: 'sign_in', recipientName: 'Marc', practiceName: 'Cabinet Moreau', url: 'https://alliance.example/espace/lien#tok_def', expiresAt: new Date(Date.now() + 3_600_000) }));
    smtp.state.refuse = true;
    expect(await deliverOutbox(deps(), new Date())).toEqual({ sent: 0, failed: 1 });
    expect(receivedBy(to)).toHaveLength(0);
    expect(await rowOf(to)).toMatchObject({ sentAt: null, attempts: 1 });
    expect(await deliverOutbox(deps(), new Date())).toEqual({ sent: 0, failed: 1 });
    expect(await rowOf(to)).toMatchObject({ sentAt: null, attempts: 2 });

    smtp.state.refuse = false;
    expect(await deliverOutbox(deps(), new Date())).toEqual({ sent: 1, failed: 0 });
    expect(receivedBy(to)).toHaveLength(1);
    const row = await rowOf(to);
    expect(row.attempts).toBe(3);
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it(`stops trying after ${MAX_ATTEMPTS} refusals; the message stays in the outbox`, async () => {
    const to = address('never');
    await add('alert_digest', to, { subject: 'Digest', body: 'Body\n' });
    smtp.state.refuse = true;
    for (let i = 0; i < MAX_ATTEMPTS; i++) expect(await deliverOutbox(deps(), new Date())).toEqual({ sent: 0, failed: 1 });
    smtp.state.refuse = false;
    expect(await deliverOutbox(deps(), new Date())).toEqual({ sent: 0, failed: 0 });
    expect(await rowOf(to)).toMatchObject({ sentAt: null, attempts: MAX_ATTEMPTS, subject: 'Digest' });
  });

  it('counts nothing against a message while the mail server cannot be reached', async () => {
    const to = address('unreachable');
    await add('sign_in_link', to, { subject: 'Lien', body: 'https://alliance.example/espace/lien#x\n' });
    const closed = await startSmtpServer();
    await closed.close();
    const nowhere = createMailer(`smtp://127.0.0.1:${closed.port}`, 'Alliance <no-reply@localhost>')!;
    try {
      expect(await deliverOutbox({ ...deps(), mailer: nowhere }, new Date())).toEqual({ sent: 0, failed: 1 });
    } finally {
      nowhere.close();
    }
    expect(await rowOf(to)).toMatchObject({ sentAt: null, attempts: 0 });
    expect(await deliverOutbox(deps(), new Date())).toEqual({ sent: 1, failed: 0 });
    expect(receivedBy(to)).toHaveLength(1);
  });

  it('sends each message once when several passes run at the same time (several processes)', async () => {
    const addressees = Array.from({ length: 8 }, (_, i) => address(`client${i}`));
    for (const to of addressees) await add('session_reminder', to, { subject: `Rappel ${to}`, body: 'À demain.\n' });
    const passes = await Promise.all([deliverOutbox(deps(), new Date()), deliverOutbox(deps(), new Date()), deliverOutbox(deps(), new Date())]);
    expect(passes.reduce((n, p) => n + p.sent, 0)).toBe(8);
    expect(passes.reduce((n, p) => n + p.failed, 0)).toBe(0);
    for (const to of addressees) expect(receivedBy(to), to).toHaveLength(1);
  });

  it('does not send again a message another process is still sending', async () => {
    const to = address('slow');
    await add('sign_in_link', to, { subject: 'Lien', body: 'https://alliance.example/espace/lien#s\n' });
    smtp.state.slowMs = 1_000;
    const seen = smtp.state.recipients;
    const first = deliverOutbox(deps(), new Date());
    // The first pass is now waiting for the server to accept the message: a second one starts.
    await waitUntil(() => smtp.state.recipients > seen, 5_000);
    expect(await deliverOutbox(deps(), new Date())).toEqual({ sent: 0, failed: 0 });
    expect(await first).toEqual({ sent: 1, failed: 0 });
    expect(receivedBy(to)).toHaveLength(1);
    expect(await rowOf(to)).toMatchObject({ attempts: 1 });
  });

  it('does not send a reminder that is no longer useful, but still sends a sign-in link of the same age', async () => {
    const late = new Date(Date.now() + 13 * 3_600_000);
    await add('session_reminder', address('stale'), { subject: 'Rappel', body: 'Hier.\n' });
    await add('sign_in_link', address('link'), { subject: 'Lien', body: 'https://alliance.example/espace/lien#y\n' });
    expect(await deliverOutbox(deps(), late)).toEqual({ sent: 1, failed: 0 });
    expect(receivedBy(address('link'))).toHaveLength(1);
    expect(receivedBy(address('stale'))).toHaveLength(0);
    expect(await rowOf(address('stale'))).toMatchObject({ sentAt: null, attempts: 0 });
    // Still in time at its own hour (and out of the way of the tests after this one).
    expect(await deliverOutbox(deps(), new Date())).toEqual({ sent: 1, failed: 0 });
  });

  it('takes over a message claimed by a process that died while sending it, once the claim is old enough', async () => {
    const to = address('orphan');
    await add('sign_in_link', to, { subject: 'Lien', body: 'https://alliance.example/espace/lien#z\n' });
    const { id } = await rowOf(to);
    // What a process leaves behind when it dies mid-send: the row claimed for its first attempt.
    await database.db.update(outbox).set({ attempts: -1 }).where(eq(outbox.id, id));
    const t0 = new Date();
    expect(await deliverOutbox(deps(), t0)).toEqual({ sent: 0, failed: 0 });
    expect(await deliverOutbox(deps(), new Date(t0.getTime() + CLAIM_TIMEOUT_MS - 1000))).toEqual({ sent: 0, failed: 0 });
    expect(await deliverOutbox(deps(), new Date(t0.getTime() + CLAIM_TIMEOUT_MS + 1000))).toEqual({ sent: 1, failed: 0 });
    expect(receivedBy(to)).toHaveLength(1);
    expect(await rowOf(to)).toMatchObject({ attempts: 2 });
  });

  it('leaves alone the messages of a practice whose key it cannot open', async () => {
    const to = address('other-key');
    await add('sign_in_link', to, { subject: 'Lien', body: 'https://alliance.example/espace/lien#w\n' });
    const stranger = new Vault(randomBytes(32));
    expect(await deliverOutbox({ ...deps(), vault: stranger }, new Date())).toEqual({ sent: 0, failed: 0 });
    expect(await rowOf(to)).toMatchObject({ sentAt: null, attempts: 0 });
    expect(await deliverOutbox(deps(), new Date())).toEqual({ sent: 1, failed: 0 });
  });

  it('in the background: sends at once when nudged, and stops', async () => {
    const warnings: unknown[] = [];
    const log = { warn: (o: unknown) => void warnings.push(o) };
    const delivery = startOutboxDelivery({ ...deps(), log }, 60_000);
    try {
      // The first pass runs at start; the next would be a minute later, unless nudged.
      await new Promise((r) => setTimeout(r, 200));
      const to = address('nudged');
      await add('sign_in_link', to, { subject: 'Lien', body: 'https://alliance.example/espace/lien#v\n' });
      delivery.nudge();
      await waitUntil(() => receivedBy(to).length === 1, 10_000);
    } finally {
      await delivery.stop();
    }
    const to = address('after-stop');
    await add('sign_in_link', to, { subject: 'Lien', body: 'x\n' });
    delivery.nudge();
    await new Promise((r) => setTimeout(r, 300));
    expect(receivedBy(to)).toHaveLength(0);
    // Other test files' practices share this database under keys of their own: only ours must not warn.
    expect(warnings.filter((w) => (w as { practiceId?: string }).practiceId === practiceId)).toEqual([]);
    // Clean up for the tests after this one.
    expect(await deliverOutbox(deps(), new Date())).toEqual({ sent: 1, failed: 0 });
  });

  it('without a mail server, or with an interval of 0, does nothing at all', async () => {
    const log = { warn: () => undefined };
    for (const d of [startOutboxDelivery({ ...deps(), mailer: null, log }, 1_000), startOutboxDelivery({ ...deps(), log }, 0)]) {
      d.nudge();
      await d.stop();
    }
    expect(createMailer(undefined, 'Alliance <no-reply@localhost>')).toBeNull();
  });
});
