import { BOARD_CONTROL, type Board, type BoardControl } from '@alliance/api';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../ui/CopyButton';
import { FormError } from '../../ui/errors';
import { useFormat } from '../../ui/format';
import { useCreateShareLink, useRevokeShareLink, useShareLinks, useUpdateBoard } from './api';

const DURATIONS = [60, 240, 24 * 60];

/**
 * The coach's hand on the session: who may move figures (hand over, take back,
 * share), lock the board, covert mode, and the links that let the client join from
 * her own screen without an account (they expire, and can be revoked at once).
 */
export function SharePanel({ board }: { board: Board }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const update = useUpdateBoard(board.id);
  const links = useShareLinks(board.id);
  const create = useCreateShareLink(board.id);
  const revoke = useRevokeShareLink(board.id);
  const [mode, setMode] = useState<'edit' | 'view'>('edit');
  const [minutes, setMinutes] = useState(240);
  const created = create.data;
  const url = created ? `${location.origin}${created.path}` : '';
  const active = (links.data ?? []).filter((l) => !l.revokedAt && new Date(l.expiresAt).getTime() > Date.now());

  return (
    <div className="board-panel">
      <fieldset className="segmented">
        <legend className="field-label">{t('board.control.label')}</legend>
        {BOARD_CONTROL.map((c: BoardControl) => (
          <label key={c} className="segmented__option">
            <input type="radio" name={`${id}-control`} checked={board.control === c} onChange={() => update.mutate({ control: c })} />
            {t(`board.control.${c}`)}
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={board.locked} onChange={(e) => update.mutate({ locked: e.target.checked })} />
        {t('board.lock')}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={board.covert} onChange={(e) => update.mutate({ covert: e.target.checked })} />
        {t('board.covert')}
      </label>
      <p className="field-hint">{t('board.covertHint')}</p>
      <FormError error={update.error} />

      <h3 className="subhead">{t('board.share.title')}</h3>
      <p className="field-hint">{t('board.share.hint')}</p>
      <div className="board-form board-form--inline">
        <label className="field">
          <span className="field-label">{t('board.share.mode')}</span>
          <select value={mode} onChange={(e) => setMode(e.target.value as 'edit' | 'view')}>
            <option value="edit">{t('board.share.edit')}</option>
            <option value="view">{t('board.share.view')}</option>
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('board.share.duration')}</span>
          <select value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
            {DURATIONS.map((m) => (
              <option key={m} value={m}>
                {t('board.share.hours', { count: m / 60 })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" disabled={create.isPending} onClick={() => create.mutate({ mode, expiresInMinutes: minutes })}>
          {t('board.share.create')}
        </button>
      </div>
      <FormError error={create.error} />
      {created ? (
        <div className="callout callout--info share-link">
          <label className="field">
            <span className="field-label">{t('board.share.link')}</span>
            <input readOnly value={url} onFocus={(e) => e.target.select()} />
          </label>
          <CopyButton text={url} label={t('board.share.copy')} />
          <p className="field-hint">{t('board.share.once', { date: fmt.dateTime(created.expiresAt) })}</p>
        </div>
      ) : null}
      {active.length ? (
        <ul className="plain-list share-links" aria-label={t('board.share.active')}>
          {active.map((l) => (
            <li key={l.id}>
              <span>
                {t(`board.share.${l.mode}`)} · {t('board.share.until', { date: fmt.dateTime(l.expiresAt) })}
              </span>
              <button type="button" className="button button--secondary button--small" onClick={() => revoke.mutate(l.id)}>
                {t('board.share.revoke')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
