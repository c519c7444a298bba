import { draftKey, parseDraft, type StoredDraft } from './draft';

/** localStorage can refuse (private mode, quota): losing the draft copy must never break typing. */
export const draftStorage = {
  read(sessionId: string): StoredDraft | null {
    try {
      return parseDraft(localStorage.getItem(draftKey(sessionId)), sessionId);
    } catch {
      return null;
    }
  },
  write(draft: StoredDraft): void {
    try {
      localStorage.setItem(draftKey(draft.sessionId), JSON.stringify(draft));
    } catch {
      /* quota or private mode: the server copy is the one that counts */
    }
  },
  clear(sessionId: string): void {
    try {
      localStorage.removeItem(draftKey(sessionId));
    } catch {
      /* nothing to do */
    }
  },
};
