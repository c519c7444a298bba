import type { BoardDocElement, BoardHistory } from '@alliance/api';
import { movementsBetween } from '@alliance/domain';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { BoardCanvas } from './BoardCanvas';

const STEP_MS = 900;

/** Replays, step by step, the movements that led from the previous picture to this one. */
export function Replay({ history, toPictureId, onClose }: { history: BoardHistory; toPictureId: string; onClose(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const index = history.pictures.findIndex((p) => p.id === toPictureId);
  const start = history.pictures[index - 1];
  const end = history.pictures[index];
  const steps = useMemo(
    () => (start && end ? movementsBetween(history.movements, start.takenAt, end.takenAt) : []),
    [history, start, end],
  );
  const [step, setStep] = useState(0);
  const [playing, setPlaying] = useState(true);
  useEffect(() => {
    if (!playing || step >= steps.length) return;
    const timer = setTimeout(() => setStep((s) => s + 1), STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, step, steps.length]);

  const elements = useMemo(() => {
    const byId = new Map<string, BoardDocElement>((start?.elements ?? []).map((e) => [e.id, e]));
    for (const m of steps.slice(0, step)) {
      const el = byId.get(m.elementId);
      if (el) byId.set(m.elementId, { ...el, place: m.to });
    }
    return [...byId.values()];
  }, [start, steps, step]);
  if (!start || !end) return null;
  const current = steps[step - 1];

  return (
    <section className="comparison" aria-label={t('board.replay.title', { a: start.name, b: end.name })}>
      <div className="comparison__head">
        <h3 className="subhead">{t('board.replay.title', { a: start.name, b: end.name })}</h3>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <BoardCanvas elements={elements} selectedId={current?.elementId ?? null} onSelect={() => undefined} label={t('board.replay.title', { a: start.name, b: end.name })} />
      <p className="status-line" role="status">
        {t('board.replay.step', { step, total: steps.length })}
        {current ? ` — ${fmt.time(current.endedAt)} ${t('board.compare.movement', { by: current.by, label: current.label, distance: current.distance.toFixed(1) })}` : ''}
      </p>
      <div className="form-actions">
        <button type="button" className="button button--secondary" onClick={() => setStep((s) => Math.max(0, s - 1))}>
          {t('board.replay.previous')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setPlaying((p) => !p)}>
          {playing ? t('board.replay.pause') : t('board.replay.play')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setStep((s) => Math.min(steps.length, s + 1))}>
          {t('board.replay.next')}
        </button>
      </div>
    </section>
  );
}
