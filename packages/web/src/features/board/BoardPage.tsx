import type { Board } from '@alliance/api';
import { canEditBoard } from '@alliance/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState, Loading, PageHeader } from '../../ui/page';
import { Tabs } from '../../ui/Tabs';
import { useCurrentMe } from '../auth/api';
import { useBoard, useBoardHistory } from './api';
import { BoardStage } from './BoardStage';
import { ElementPanel } from './ElementPanel';
import { useLiveBoard } from './live';
import { PicturesPanel } from './PicturesPanel';
import { PlacePanel } from './PlacePanel';
import { ReadoutsPanel } from './ReadoutsPanel';
import { SharePanel } from './SharePanel';

type Tool = 'elements' | 'pictures' | 'place' | 'readouts' | 'share';

export function BoardPage() {
  const { id = '' } = useParams();
  const board = useBoard(id);
  if (board.isError) return <ErrorState error={board.error} />;
  if (board.isPending) return <Loading />;
  return <CoachBoard board={board.data} />;
}

/** The coach's constellation board: the live board, and her tools beside it. */
function CoachBoard({ board }: { board: Board }) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const live = useLiveBoard(board.id, { name: me.user.name, role: 'coach' });
  const history = useBoardHistory(board.id);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [placeId, setPlaceId] = useState<string | null>(null);
  const [tool, setTool] = useState<Tool>('elements');
  const editable = live.status !== 'refused' && canEditBoard({ role: 'coach', control: live.meta.control, locked: live.meta.locked });
  const selected = live.elements.find((e) => e.id === selectedId) ?? null;

  const tools: { key: Tool; label: string }[] = [
    { key: 'elements', label: t('board.tools.elements') },
    { key: 'pictures', label: t('board.tools.pictures') },
    { key: 'place', label: t('board.tools.place') },
    { key: 'readouts', label: t('board.tools.readouts') },
    { key: 'share', label: t('board.tools.share') },
  ];

  return (
    <div className="board-page">
      <PageHeader
        eyebrow={
          <Link to={`/sessions/${board.sessionId}`} className="back-link">
            {t('board.backToSession')}
          </Link>
        }
        title={board.title}
      />
      <div className="board-layout">
        <BoardStage live={live} editable={editable} selectedId={selectedId} onSelect={setSelectedId} placeId={placeId} hideLabels={live.meta.covert} />
        <aside className="board-tools" aria-label={t('board.tools.label')}>
          <Tabs id="board-tools" label={t('board.tools.label')} tabs={tools} selected={tool} onSelect={setTool}>
            {tool === 'elements' ? <ElementPanel doc={live.doc} elements={live.elements} selected={selected} editable={editable} /> : null}
            {tool === 'elements' && !editable ? <p className="field-hint">{live.meta.locked ? t('board.lockedHint') : t('board.handedOverHint')}</p> : null}
            {tool === 'pictures' ? <PicturesPanel boardId={board.id} history={history.data} /> : null}
            {tool === 'place' ? <PlacePanel boardId={board.id} elements={live.elements} placeId={placeId} onTakePlace={setPlaceId} /> : null}
            {tool === 'readouts' ? <ReadoutsPanel elements={live.elements} selectedId={selectedId} hideLabels={live.meta.covert} /> : null}
            {tool === 'share' ? <SharePanel board={board} /> : null}
          </Tabs>
        </aside>
      </div>
    </div>
  );
}
