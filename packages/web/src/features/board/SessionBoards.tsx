import { API, type Board } from '@alliance/api';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormError } from '../../ui/errors';
import { useFormat } from '../../ui/format';
import { useBoardHistory, useCreateBoard, useSessionBoards } from './api';

/** The session's constellation boards, with what was felt in each place; and a new board in one step. */
export function SessionBoards({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const boards = useSessionBoards(sessionId);
  const create = useCreateBoard(sessionId);
  const [title, setTitle] = useState('');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(title.trim() || t('board.session.defaultTitle'), { onSuccess: (b) => navigate(`/boards/${b.id}`) });
  };

  return (
    <section className="card session-boards" aria-labelledby="session-boards-title">
      <h2 id="session-boards-title" className="card__title">
        {t('board.session.title')}
      </h2>
      <p className="field-hint">{t('board.session.intro')}</p>
      {(boards.data ?? []).map((b) => (
        <BoardSummary key={b.id} board={b} />
      ))}
      <form className="board-form board-form--inline" onSubmit={submit}>
        <label className="field">
          <span className="field-label">{t('board.session.newTitle')}</span>
          <input value={title} maxLength={200} placeholder={t('board.session.defaultTitle')} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <button type="submit" className="button" disabled={create.isPending}>
          {t('board.session.create')}
        </button>
      </form>
      <FormError error={create.error} />
    </section>
  );
}

function BoardSummary({ board }: { board: Board }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const history = useBoardHistory(board.id);
  const h = history.data;
  return (
    <article className="board-summary">
      <h3 className="subhead">
        <Link to={`/boards/${board.id}`}>{board.title}</Link>
      </h3>
      {h ? (
        <p className="field-hint">
          {[
            t('board.session.pictures', { count: h.pictures.length }),
            t('board.session.movements', { count: h.movements.length }),
            t('board.session.felts', { count: h.feltSenses.length }),
          ].join(' · ')}
        </p>
      ) : null}
      {h?.pictures.length ? (
        <p>
          <a href={`${API.boardReport(board.id)}?lang=${i18n.language === 'en' ? 'en' : 'fr'}`} download>
            {t('board.pictures.report')}
          </a>
        </p>
      ) : null}
      {h?.feltSenses.length ? (
        <ul className="plain-list felt-list" aria-label={t('board.session.felt')}>
          {h.feltSenses.map((f) => (
            <li key={f.id}>
              <span className="felt-list__time">{fmt.time(f.recordedAt)}</span> <strong>{f.elementLabel}</strong>{' '}
              <span className="badge">{f.energy > 0 ? `+${f.energy}` : f.energy}</span> « {f.words} »
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
