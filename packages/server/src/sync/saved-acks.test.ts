import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { isSavedAck, SavedAcks } from './saved-acks.js';

const frame = (type: number) => {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, 'board:1');
  encoding.writeVarUint(e, type);
  encoding.writeVarUint(e, 1);
  return encoding.toUint8Array(e);
};
const ACK = frame(8);
const UPDATE = frame(0);

function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((ok, fail) => ((resolve = ok), (reject = fail)));
  return { promise, resolve, reject };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('isSavedAck', () => {
  it('recognises SyncStatus frames and nothing else', () => {
    expect(isSavedAck(ACK)).toBe(true);
    expect(isSavedAck(UPDATE)).toBe(false);
    expect(isSavedAck(new Uint8Array([0xff]))).toBe(false);
  });
});

describe('SavedAcks', () => {
  it('sends other frames at once but holds "saved" until the write is stored', async () => {
    const sent: Uint8Array[] = [];
    const connection = { send: (m: Uint8Array) => void sent.push(m) };
    const acks = new SavedAcks(() => undefined);
    const write = deferred();
    acks.writing(connection, write.promise);
    connection.send(UPDATE);
    connection.send(ACK);
    await settle();
    expect(sent).toEqual([UPDATE]);
    write.resolve();
    await settle();
    expect(sent).toEqual([UPDATE, ACK]);
  });

  it('keeps acknowledgements in order even when a later write finishes first', async () => {
    const sent: string[] = [];
    const connection = { send: (m: Uint8Array) => void sent.push(m === ACK ? 'ack' : 'other') };
    const acks = new SavedAcks(() => undefined);
    const first = deferred();
    const second = deferred();
    acks.writing(connection, first.promise);
    connection.send(ACK);
    acks.writing(connection, second.promise);
    connection.send(ACK);
    second.resolve();
    await settle();
    expect(sent).toEqual([]);
    first.resolve();
    await settle();
    expect(sent).toEqual(['ack', 'ack']);
  });

  it('never acknowledges a failed write, and says so once', async () => {
    const sent: Uint8Array[] = [];
    const failures: unknown[] = [];
    const connection = { send: (m: Uint8Array) => void sent.push(m) };
    const acks = new SavedAcks((_c, error) => failures.push(error));
    const write = deferred();
    acks.writing(connection, write.promise);
    connection.send(ACK);
    write.reject(new Error('disk full'));
    await settle();
    expect(sent).toEqual([]);
    expect(failures).toHaveLength(1);
  });

  it('lets a connection that never wrote be acknowledged at once', async () => {
    const sent: Uint8Array[] = [];
    const connection = { send: (m: Uint8Array) => void sent.push(m) };
    const acks = new SavedAcks(() => undefined);
    acks.writing(connection, Promise.resolve());
    connection.send(ACK);
    await settle();
    expect(sent).toEqual([ACK]);
  });
});
