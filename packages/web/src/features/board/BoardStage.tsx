import { FIELD_OF_VIEW, viewpointSvgTransform, viewpointTransform } from '@alliance/domain';
import { useTranslation } from 'react-i18next';
import { BoardCanvas } from './BoardCanvas';
import { placeElement, removeElement } from './edits';
import type { LiveBoard } from './live';

/**
 * The live board with what goes with it everywhere: who is here, whether changes
 * are saved, undo and redo of one's own changes, and the point of view when
 * someone takes a place.
 */
export function BoardStage({
  live,
  editable,
  selectedId,
  onSelect,
  placeId,
  hideLabels,
}: {
  live: LiveBoard;
  editable: boolean;
  selectedId: string | null;
  onSelect(id: string | null): void;
  placeId?: string | null;
  hideLabels?: boolean;
}) {
  const { t } = useTranslation();
  const place = placeId ? live.elements.find((e) => e.id === placeId) : undefined;
  const viewpoint = place
    ? { transform: viewpointSvgTransform(viewpointTransform({ x: place.place.x, y: place.place.y, facing: place.place.facing })), elementId: place.id, fieldOfView: FIELD_OF_VIEW }
    : null;

  return (
    <section className="board-stage" aria-label={t('board.stage')}>
      <div className="board-status">
        <span className={`board-status__dot board-status__dot--${live.status}`} aria-hidden="true" />
        <span role="status">
          {live.status === 'refused' ? t(`board.refused.${live.refusal ?? 'unauthorised'}`, { defaultValue: t('board.refused.unauthorised') }) : t(`board.status.${live.status}`)}
          {live.status !== 'refused' ? ` · ${live.unsaved ? t('board.unsaved') : t('board.saved')}` : ''}
        </span>
        <ul className="presence" aria-label={t('board.presence')}>
          {live.peers.map((p) => (
            <li key={p.clientId} className="presence__person" style={{ borderColor: p.colour }}>
              {p.name}
              {p.isSelf ? ` ${t('board.you')}` : ''}
            </li>
          ))}
        </ul>
        <span className="board-status__actions">
          <button type="button" className="button button--secondary button--small" disabled={!editable || !live.canUndo} onClick={live.undo}>
            {t('board.undo')}
          </button>
          <button type="button" className="button button--secondary button--small" disabled={!editable || !live.canRedo} onClick={live.redo}>
            {t('board.redo')}
          </button>
        </span>
      </div>
      {live.meta.locked ? <p className="callout callout--info">{t('board.lockedBanner')}</p> : null}
      {place ? <p className="callout callout--info">{t('board.place.banner', { label: place.label || t('board.unnamed') })}</p> : null}
      <BoardCanvas
        elements={live.elements}
        selectedId={selectedId}
        onSelect={onSelect}
        onPlace={editable ? (id, to) => placeElement(live.doc, id, to) : undefined}
        onRemove={editable ? (id) => removeElement(live.doc, id) : undefined}
        peers={live.peers}
        onPointer={live.setPointer}
        hideLabels={hideLabels}
        viewpoint={viewpoint}
        label={t('board.canvasLabel', { count: live.elements.length })}
      />
    </section>
  );
}
