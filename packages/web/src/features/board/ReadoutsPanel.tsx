import type { BoardDocElement } from '@alliance/api';
import { distance, facingAngle, faces, outsideEveryView, sees } from '@alliance/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toDomainElement } from './elements';

/**
 * What the board shows, in words: for the selected element, how far each other
 * element stands and whether it sees or faces it; for the whole board, who is
 * outside everyone's view. Computed by the domain from positions and facings.
 */
export function ReadoutsPanel({ elements, selectedId, hideLabels }: { elements: BoardDocElement[]; selectedId: string | null; hideLabels?: boolean }) {
  const { t } = useTranslation();
  const name = (e: BoardDocElement) => (hideLabels ? '•••' : e.label || t('board.unnamed'));
  const domain = useMemo(() => elements.map(toDomainElement), [elements]);
  const unseen = useMemo(() => new Set(outsideEveryView(domain)), [domain]);
  const selected = domain.find((e) => e.id === selectedId);

  return (
    <div className="board-panel">
      {selected ? (
        <table className="readouts">
          <caption>{t('board.readouts.from', { label: name(elements.find((e) => e.id === selected.id)!) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('board.readouts.other')}</th>
              <th scope="col">{t('board.readouts.distance')}</th>
              <th scope="col">{t('board.readouts.angle')}</th>
              <th scope="col">{t('board.readouts.relation')}</th>
            </tr>
          </thead>
          <tbody>
            {domain
              .filter((o) => o.id !== selected.id)
              .map((o) => {
                const angle = facingAngle(selected, o);
                const relation = faces(selected, o) ? t('board.readouts.faces') : sees(selected, o) ? t('board.readouts.sees') : t('board.readouts.notSeen');
                return (
                  <tr key={o.id}>
                    <th scope="row">{name(elements.find((e) => e.id === o.id)!)}</th>
                    <td>{distance(selected, o).toFixed(1)}</td>
                    <td>{angle === null ? '—' : `${Math.round(angle)}°`}</td>
                    <td>{selected.facing === null ? '—' : relation}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      ) : (
        <p className="field-hint">{t('board.readouts.select')}</p>
      )}
      <h3 className="subhead">{t('board.readouts.unseenTitle')}</h3>
      {unseen.size ? (
        <ul className="plain-list">
          {elements
            .filter((e) => unseen.has(e.id))
            .map((e) => (
              <li key={e.id}>{name(e)}</li>
            ))}
        </ul>
      ) : (
        <p className="field-hint">{t('board.readouts.allSeen')}</p>
      )}
    </div>
  );
}
