import * as decoding from 'lib0/decoding';

// Hocuspocus frames: document name, then the message type; type 8 is SyncStatus,
// the "your change is saved" a provider counts down its unsaved changes with.
const MESSAGE_SYNC_STATUS = 8;

/** True when a frame the server is about to send is a SyncStatus acknowledgement. */
export function isSavedAck(message: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    return decoding.readVarUint(decoder) === MESSAGE_SYNC_STATUS;
  } catch {
    return false;
  }
}

interface Sender {
  send(message: Uint8Array): void;
}

/**
 * Lets a change reach everyone else at once while its sender hears "saved" only
 * once it is written: the write starts before the update is applied and broadcast,
 * and each connection's acknowledgements wait, in order, for that connection's
 * writes. A write that fails is never acknowledged (`onFailure` decides what then).
 */
export class SavedAcks {
  readonly #lastWrite = new WeakMap<Sender, Promise<void>>();
  readonly #lastAck = new WeakMap<Sender, Promise<unknown>>();

  constructor(private readonly onFailure: (connection: Sender, error: unknown) => void) {}

  /** Called before the connection's update is applied; `write` settles when it is stored. */
  writing(connection: Sender, write: Promise<void>): void {
    this.#guard(connection);
    this.#lastWrite.set(connection, write);
    write.catch((error) => this.onFailure(connection, error));
  }

  #guard(connection: Sender): void {
    if (this.#lastAck.has(connection)) return;
    this.#lastAck.set(connection, Promise.resolve());
    const send = connection.send.bind(connection);
    connection.send = (message: Uint8Array) => {
      if (!isSavedAck(message)) return send(message);
      const write = this.#lastWrite.get(connection) ?? Promise.resolve();
      const previous = this.#lastAck.get(connection)!;
      this.#lastAck.set(
        connection,
        previous.then(() =>
          write.then(
            () => send(message),
            () => undefined, // reported by writing()
          ),
        ),
      );
    };
  }
}
