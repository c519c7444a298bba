import type { BoardHistory, Picture } from '@alliance/api';
import { diffPictures, movementsBetween } from '@alliance/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { BoardCanvas } from './BoardCanvas';
import { toDomainElements } from './elements';

/** Two pictures side by side, what changed highlighted and listed, with the movements and felt senses between them. */
export function PictureComparison({ before, after, history, onClose }: { before: Picture; after: Picture; history: BoardHistory; onClose(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const diff = useMemo(() => diffPictures(toDomainElements(before.elements), toDomainElements(after.elements)), [before, after]);
  const highlights = useMemo(() => {
    const m = new Map<string, 'moved' | 'added'>();
    for (const c of diff.changes) if (c.moved || c.turned) m.set(c.id, 'moved');
    for (const a of diff.added) m.set(a.id, 'added');
    return m;
  }, [diff]);
  const [from, to] = [before.takenAt, after.takenAt].sort();
  const movements = movementsBetween(history.movements, from!, to!);
  const felt = history.feltSenses.filter((f) => f.recordedAt > from! && f.recordedAt <= to!);
  const noop = () => undefined;

  return (
    <section className="comparison" aria-label={t('board.compare.title', { a: before.name, b: after.name })}>
      <div className="comparison__head">
        <h3 className="subhead">{t('board.compare.title', { a: before.name, b: after.name })}</h3>
        <button type="button" className="button button--secondary button--small" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <div className="comparison__boards">
        <figure>
          <BoardCanvas elements={before.elements} selectedId={null} onSelect={noop} label={before.name} />
          <figcaption>{before.name}</figcaption>
        </figure>
        <figure>
          <BoardCanvas elements={after.elements} selectedId={null} onSelect={noop} highlights={highlights} label={after.name} />
          <figcaption>{after.name}</figcaption>
        </figure>
      </div>
      <ul className="plain-list comparison__changes">
        {diff.added.map((e) => (
          <li key={`a-${e.id}`}>{t('board.compare.added', { label: e.label })}</li>
        ))}
        {diff.removed.map((e) => (
          <li key={`r-${e.id}`}>{t('board.compare.removed', { label: e.label })}</li>
        ))}
        {diff.changes.map((c) => (
          <li key={`c-${c.id}`}>
            {c.moved ? t('board.compare.moved', { label: c.label, distance: c.moved.distance.toFixed(1) }) : null}
            {c.moved && c.turned ? ' · ' : null}
            {c.turned ? t('board.compare.turned', { label: c.label, degrees: Math.round(c.turned.degrees) }) : null}
            {c.crossedBoundary ? ` · ${t(`board.compare.${c.crossedBoundary}`)}` : null}
          </li>
        ))}
        {diff.added.length + diff.removed.length + diff.changes.length === 0 ? <li>{t('board.compare.same')}</li> : null}
      </ul>
      {movements.length ? (
        <>
          <h4 className="subhead">{t('board.compare.movements')}</h4>
          <ol className="plain-list movements">
            {movements.map((m) => (
              <li key={m.id}>
                {fmt.time(m.endedAt)} — {t('board.compare.movement', { by: m.by, label: m.label, distance: m.distance.toFixed(1) })}
                {m.turnedDegrees ? ` ${t('board.compare.movementTurn', { degrees: Math.round(m.turnedDegrees) })}` : ''}
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {felt.length ? (
        <>
          <h4 className="subhead">{t('board.compare.felt')}</h4>
          <ul className="plain-list">
            {felt.map((f) => (
              <li key={f.id}>
                {fmt.time(f.recordedAt)} — <strong>{f.elementLabel}</strong> ({f.energy > 0 ? `+${f.energy}` : f.energy}) : « {f.words} »
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
