import type { BoardHistory } from '@alliance/api';
import { movementsBetween } from '@alliance/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';

type Entry = { at: string; key: string; text: string; kind: 'picture' | 'movements' | 'felt' };

/** The board's story in time: each picture, the number of movements before it, each felt sense where it happened. */
export function BoardTimeline({ history }: { history: BoardHistory | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!history || history.pictures.length + history.feltSenses.length === 0) return null;
  const entries: Entry[] = [];
  let previous = '';
  for (const p of history.pictures) {
    const moves = movementsBetween(history.movements, previous, p.takenAt).length;
    if (moves) entries.push({ at: p.takenAt, key: `m-${p.id}`, kind: 'movements', text: t('board.timeline.movements', { count: moves }) });
    entries.push({ at: p.takenAt, key: `p-${p.id}`, kind: 'picture', text: t('board.timeline.picture', { name: p.name }) });
    previous = p.takenAt;
  }
  for (const f of history.feltSenses) {
    entries.push({ at: f.recordedAt, key: `f-${f.id}`, kind: 'felt', text: t('board.timeline.felt', { label: f.elementLabel, energy: f.energy > 0 ? `+${f.energy}` : f.energy, words: f.words }) });
  }
  entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.kind === 'movements' ? -1 : 1));
  return (
    <section aria-labelledby="board-timeline-title">
      <h3 id="board-timeline-title" className="subhead">
        {t('board.timeline.title')}
      </h3>
      <ol className="plain-list board-timeline">
        {entries.map((e) => (
          <li key={e.key} className={`board-timeline__${e.kind}`}>
            <span className="felt-list__time">{fmt.time(e.at)}</span> {e.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
