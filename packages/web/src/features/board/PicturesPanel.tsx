import { API, type BoardHistory, type Picture } from '@alliance/api';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/errors';
import { useFormat } from '../../ui/format';
import { useMarkResolution, useTakePicture } from './api';
import { BoardTimeline } from './BoardTimeline';
import { downloadPicturePng } from './exports';
import { PictureComparison } from './PictureComparison';
import { Replay } from './Replay';

/**
 * The pictures of a constellation: "take picture" stores the arrangement with a
 * name and time; the first is the initial picture, the coach marks the resolution
 * picture; any two are compared side by side, and the movements between them can
 * be replayed.
 */
export function PicturesPanel({ boardId, history, readOnly }: { boardId: string; history: BoardHistory | undefined; readOnly?: boolean }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const take = useTakePicture(boardId);
  const mark = useMarkResolution(boardId);
  const pictures = history?.pictures ?? [];
  const [name, setName] = useState('');
  const [compare, setCompare] = useState<[string, string] | null>(null);
  const [replay, setReplay] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    take.mutate(name.trim() || t('board.pictures.defaultName', { n: pictures.length + 1 }), { onSuccess: () => setName('') });
  };
  const byId = (id: string) => pictures.find((p) => p.id === id);
  const pair = compare ? ([byId(compare[0]), byId(compare[1])] as [Picture | undefined, Picture | undefined]) : null;

  return (
    <div className="board-panel">
      {readOnly ? null : (
        <form className="board-form board-form--inline" onSubmit={submit}>
          <label className="field">
            <span className="field-label">{t('board.pictures.name')}</span>
            <input value={name} maxLength={200} placeholder={t('board.pictures.defaultName', { n: pictures.length + 1 })} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit" className="button" disabled={take.isPending}>
            {t('board.pictures.take')}
          </button>
        </form>
      )}
      <FormError error={take.error} />
      {pictures.length === 0 ? <p className="field-hint">{t('board.pictures.none')}</p> : null}
      <ol className="pictures">
        {pictures.map((p, i) => (
          <li key={p.id} className="pictures__item">
            <span className="pictures__name">{p.name}</span>
            <span className="pictures__meta">
              {fmt.time(p.takenAt)} · {t('board.pictures.count', { count: p.elements.length })}
              {p.isInitial ? <span className="badge">{t('board.pictures.initial')}</span> : null}
              {p.isResolution ? <span className="badge badge--active">{t('board.pictures.resolution')}</span> : null}
            </span>
            <span className="pictures__actions">
              {i > 0 ? (
                <button type="button" className="button button--secondary button--small" onClick={() => setCompare([pictures[i - 1]!.id, p.id])}>
                  {t('board.pictures.compare', { name: pictures[i - 1]!.name })}
                </button>
              ) : null}
              {i > 0 ? (
                <button type="button" className="button button--secondary button--small" onClick={() => setReplay(p.id)}>
                  {t('board.pictures.replay')}
                </button>
              ) : null}
              <a className="button button--secondary button--small" href={API.boardPictureSvg(boardId, p.id)} download>
                {t('board.pictures.svg')}
              </a>
              <button type="button" className="button button--secondary button--small" onClick={() => void downloadPicturePng(boardId, p.id, `${p.name}.png`)}>
                {t('board.pictures.png')}
              </button>
              {!readOnly && !p.isResolution ? (
                <button type="button" className="button button--secondary button--small" onClick={() => mark.mutate({ pictureId: p.id, isResolution: true })}>
                  {t('board.pictures.markResolution')}
                </button>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
      <BoardTimeline history={history} />
      <p>
        <a className="button button--secondary" href={`${API.boardReport(boardId)}?lang=${i18n.language === 'en' ? 'en' : 'fr'}`} download>
          {t('board.pictures.report')}
        </a>
      </p>
      {pictures.length > 2 ? (
        <ComparePicker pictures={pictures} value={compare} onChange={setCompare} />
      ) : null}
      {pair && pair[0] && pair[1] ? <PictureComparison before={pair[0]} after={pair[1]} history={history!} onClose={() => setCompare(null)} /> : null}
      {replay && history ? <Replay history={history} toPictureId={replay} onClose={() => setReplay(null)} /> : null}
    </div>
  );
}

function ComparePicker({ pictures, value, onChange }: { pictures: Picture[]; value: [string, string] | null; onChange(v: [string, string]): void }) {
  const { t } = useTranslation();
  const [a, setA] = useState(value?.[0] ?? pictures[0]!.id);
  const [b, setB] = useState(value?.[1] ?? pictures[pictures.length - 1]!.id);
  return (
    <div className="board-form board-form--inline">
      <PictureSelect label={t('board.pictures.from')} pictures={pictures} value={a} onChange={setA} />
      <PictureSelect label={t('board.pictures.to')} pictures={pictures} value={b} onChange={setB} />
      <button type="button" className="button button--secondary" disabled={a === b} onClick={() => onChange([a, b])}>
        {t('board.pictures.compareTwo')}
      </button>
    </div>
  );
}

function PictureSelect({ label, pictures, value, onChange }: { label: string; pictures: Picture[]; value: string; onChange(id: string): void }) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {pictures.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
