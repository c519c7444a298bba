import { describe, expect, it } from 'vitest';
import type { AuditEntry, AuditOrigin, AuditRepository } from '../repos/audit.js';
import { AUDIT_READ_FLUSH_MS, AuditWriter } from './audit-writer.js';

function recordingRepo() {
  const calls: { entries: AuditEntry[]; origin: AuditOrigin }[][] = [];
  const repo = { record: async (batch: { entries: AuditEntry[]; origin: AuditOrigin }[]) => void calls.push(batch), list: async () => [] } as unknown as AuditRepository;
  return { repo, calls };
}
const origin: AuditOrigin = { actorUserId: 'u', ip: '192.0.2.1', userAgent: 'test', at: new Date() };
const entry = (action: AuditEntry['action']): AuditEntry => ({ action, targetKind: 'client', targetId: 'c', clientId: 'c' });
const silent = { error: () => {} } as never;

describe('AuditWriter', () => {
  it('writes changes before returning', async () => {
    const { repo, calls } = recordingRepo();
    await new AuditWriter(silent).write(repo, [entry('update')], origin);
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]!.entries.map((e) => e.action)).toEqual(['update']);
  });

  it('gathers openings and writes them together within the flush delay', async () => {
    const { repo, calls } = recordingRepo();
    const writer = new AuditWriter(silent);
    await writer.write(repo, [entry('read')], origin);
    await writer.write(repo, [{ ...entry('read'), targetId: 'other' }, entry('create')], origin);
    expect(calls.map((c) => c.flatMap((b) => b.entries.map((e) => e.action)))).toEqual([['create']]);
    await new Promise((r) => setTimeout(r, AUDIT_READ_FLUSH_MS + 100));
    expect(calls).toHaveLength(2);
    expect(calls[1]!.flatMap((b) => b.entries.map((e) => e.action))).toEqual(['read', 'read']);
  });

  it('writes the same person’s repeated edits of a record once a minute, but every creation', async () => {
    const { repo, calls } = recordingRepo();
    const writer = new AuditWriter(silent);
    const at = (s: number) => ({ ...origin, at: new Date(Date.UTC(2026, 10, 22, 10, 0, s)) });
    for (let s = 0; s < 50; s += 1) await writer.write(repo, [entry('update')], at(s));
    await writer.write(repo, [entry('update')], { ...at(30), ip: '192.0.2.99' });
    await writer.write(repo, [entry('create'), entry('create')], at(40));
    await writer.write(repo, [entry('update')], { ...origin, at: new Date(Date.UTC(2026, 10, 22, 10, 1, 5)) });
    expect(calls.map((c) => c.flatMap((b) => b.entries.map((e) => e.action)))).toEqual([['update'], ['update'], ['create', 'create'], ['update']]);
  });

  it('writes gathered openings at once on flush', async () => {
    const { repo, calls } = recordingRepo();
    const writer = new AuditWriter(silent);
    await writer.write(repo, [entry('read')], origin);
    await writer.flush();
    expect(calls).toHaveLength(1);
  });
});
