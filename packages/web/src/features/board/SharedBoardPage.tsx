import type { SharedBoard } from '@alliance/api';
import { canEditBoard } from '@alliance/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { Loading } from '../../ui/page';
import { useSharedBoard } from './api';
import { BoardStage } from './BoardStage';
import { ElementPanel } from './ElementPanel';
import { useLiveBoard } from './live';

/** What a client sees from her link, on her own screen (often a phone): the board, and adding her figures. */
export function SharedBoardPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation();
  const shared = useSharedBoard(token);
  if (shared.isPending) return <Loading />;
  if (shared.isError) {
    const gone = isApiError(shared.error) && shared.error.status === 404;
    return (
      <main className="shared-board shared-board--gone">
        <h1>{t('board.client.goneTitle')}</h1>
        <p>{gone ? t('board.client.gone') : t('board.client.error')}</p>
      </main>
    );
  }
  return <ClientBoard shared={shared.data} token={token} />;
}

function ClientBoard({ shared, token }: { shared: SharedBoard; token: string }) {
  const { t } = useTranslation();
  const live = useLiveBoard(shared.boardId, { name: shared.clientFirstName || t('board.client.you'), role: 'client', token });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const editable = live.status !== 'refused' && canEditBoard({ role: 'client', control: live.meta.control, locked: live.meta.locked, linkMode: shared.mode });
  const selected = live.elements.find((e) => e.id === selectedId) ?? null;

  return (
    <main className="shared-board">
      <header className="shared-board__head">
        <div>
          <h1>{shared.title}</h1>
          <p className="field-hint">{t('board.client.with', { coach: shared.coachName })}</p>
        </div>
        <LanguageSwitch />
      </header>
      <p className="field-hint">{editable ? t('board.client.howTo') : t('board.client.watching')}</p>
      <div className="board-layout">
        <BoardStage live={live} editable={editable} selectedId={selectedId} onSelect={setSelectedId} />
        {editable ? (
          <aside className="board-tools" aria-label={t('board.tools.label')}>
            <ElementPanel doc={live.doc} elements={live.elements} selected={selected} editable={editable} />
          </aside>
        ) : null}
      </div>
    </main>
  );
}
