import * as decoding from 'lib0/decoding';

// Hocuspocus frames: document name, message type, then for a sync message
// y-protocols' sub-type and payload. Only sync step 2 and updates change a document.
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * The Yjs update a raw Hocuspocus message carries, or null when it carries none
 * (awareness, sync step 1, authentication, a malformed frame). Read before the
 * message is applied, so that the update can be stored before it is acknowledged.
 */
export function updateCarriedBy(message: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(message);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null;
    const syncType = decoding.readVarUint(decoder);
    if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return null;
    return decoding.readVarUint8Array(decoder);
  } catch {
    return null;
  }
}
