import { API, type Session } from '@alliance/api';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, isApiError } from '../../api/client';
import { applySaved, changedFields, draftOf, patchOf, pick, restoreDraft, valuesOf, type EditorValues, type FieldKey } from './draft';
import { draftStorage } from './draft-storage';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'offline' }
  | { kind: 'error'; error: unknown };

const DEBOUNCE_MS = 800;
const RETRY_MS = 5_000;
/** Browsers cap keepalive bodies at 64 KiB; larger notes rely on the local draft. */
const KEEPALIVE_MAX_BYTES = 60_000;

/**
 * Autosave for one session's notes. Typing updates the screen and the local
 * draft at once; ~800 ms after the last keystroke (or on blur, or when the
 * page is hidden) only the changed fields are PATCHed. A failed save keeps
 * the draft and retries; nothing typed is lost on a reload.
 */
export function useAutosave(initial: Session, onSaved: (session: Session) => void) {
  const sessionId = initial.id;
  // What the server has, and what is on screen. Refs so timers and unload handlers see the latest.
  const savedRef = useRef<EditorValues>(valuesOf(initial));
  const baseUpdatedAtRef = useRef(initial.updatedAt);
  const [restored] = useState(() => restoreDraft(initial, draftStorage.read(sessionId)));
  const valuesRef = useRef<EditorValues>(restored?.values ?? savedRef.current);
  const [values, setValues] = useState<EditorValues>(valuesRef.current);
  const [state, setState] = useState<SaveState>(restored ? { kind: 'pending' } : { kind: 'saved' });

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef(false);
  const again = useRef(false);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const persistDraft = useCallback(() => {
    const draft = draftOf(sessionId, savedRef.current, valuesRef.current, baseUpdatedAtRef.current, Date.now());
    if (draft) draftStorage.write(draft);
    else draftStorage.clear(sessionId);
  }, [sessionId]);

  const clearTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const flush = useCallback(
    async (options: { keepalive?: boolean } = {}): Promise<void> => {
      clearTimer();
      if (inFlight.current) {
        // One save at a time, so two saves never race; the next one carries what was typed meanwhile.
        again.current = true;
        if (options.keepalive) {
          // The page is going away and may not live to send "the next one": send it now as well (same values, harmless twice).
          const dirty = changedFields(savedRef.current, valuesRef.current);
          const body = patchOf(valuesRef.current, dirty);
          if (dirty.length && JSON.stringify(body).length < KEEPALIVE_MAX_BYTES) {
            api.patch(API.session(sessionId), body, { keepalive: true }).catch(() => undefined);
          }
        }
        return;
      }
      const dirty = changedFields(savedRef.current, valuesRef.current);
      if (!dirty.length) {
        setState({ kind: 'saved' });
        return;
      }
      const sent = pick(valuesRef.current, dirty);
      const body = patchOf(valuesRef.current, dirty);
      const keepalive = Boolean(options.keepalive) && JSON.stringify(body).length < KEEPALIVE_MAX_BYTES;
      inFlight.current = true;
      setState({ kind: 'saving' });
      try {
        const session = await api.patch<Session>(API.session(sessionId), body, { keepalive });
        savedRef.current = applySaved(savedRef.current, sent);
        baseUpdatedAtRef.current = session.updatedAt;
        persistDraft();
        onSavedRef.current(session);
        const still = changedFields(savedRef.current, valuesRef.current).length > 0;
        setState(still ? { kind: 'pending' } : { kind: 'saved' });
        if (still && !again.current) {
          clearTimer();
          timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
        }
      } catch (error) {
        if (isApiError(error) && error.status === 0) {
          setState({ kind: 'offline' });
          timer.current = setTimeout(() => void flush(), RETRY_MS);
        } else {
          // A refusal will not change by retrying the same body; the draft keeps the text meanwhile.
          setState({ kind: 'error', error });
        }
      } finally {
        inFlight.current = false;
        if (again.current) {
          again.current = false;
          void flush();
        }
      }
    },
    [persistDraft, sessionId],
  );

  const setField = useCallback(
    <K extends FieldKey>(key: K, value: EditorValues[K]) => {
      valuesRef.current = { ...valuesRef.current, [key]: value };
      setValues(valuesRef.current);
      persistDraft();
      setState((s) => (s.kind === 'offline' ? s : { kind: 'pending' }));
      clearTimer();
      timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush, persistDraft],
  );

  // A restored draft goes to the server straight away.
  useEffect(() => {
    if (restored) void flush();
  }, [restored, flush]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flush({ keepalive: true });
    };
    const onPageHide = () => void flush({ keepalive: true });
    // No "leave this page?" prompt: the local draft already holds anything the last request may miss.
    const onBeforeUnload = () => {
      if (!changedFields(savedRef.current, valuesRef.current).length) return;
      persistDraft();
      void flush({ keepalive: true });
    };
    const onOnline = () => void flush();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('online', onOnline);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('online', onOnline);
    };
  }, [flush, persistDraft]);

  // Leaving for another page of the app: save what is pending (the request outlives the component).
  useEffect(
    () => () => {
      clearTimer();
      if (changedFields(savedRef.current, valuesRef.current).length) void flush({ keepalive: true });
    },
    [flush],
  );

  return { values, setField, flush, state, restored: Boolean(restored) };
}
