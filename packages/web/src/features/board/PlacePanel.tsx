import type { BoardDocElement } from '@alliance/api';
import { ENERGY_MAX, ENERGY_MIN } from '@alliance/domain';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/errors';
import { useRecordFeltSense } from './api';

/**
 * Taking a place: the client stands in an element's place (the board turns to its
 * point of view) and says what she feels there; the coach writes it down with an
 * energy from −5 to +5, attached to that element at that moment.
 */
export function PlacePanel({
  boardId,
  elements,
  placeId,
  onTakePlace,
}: {
  boardId: string;
  elements: BoardDocElement[];
  placeId: string | null;
  onTakePlace(id: string | null): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const record = useRecordFeltSense(boardId);
  const [words, setWords] = useState('');
  const [energy, setEnergy] = useState(0);
  const [saved, setSaved] = useState(false);
  const place = elements.find((e) => e.id === placeId) ?? null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!place) return;
    setSaved(false);
    record.mutate(
      { elementId: place.id, words: words.trim(), energy },
      {
        onSuccess: () => {
          setWords('');
          setEnergy(0);
          setSaved(true);
        },
      },
    );
  };

  return (
    <div className="board-panel">
      <label className="field">
        <span className="field-label">{t('board.place.choose')}</span>
        <select value={placeId ?? ''} onChange={(e) => onTakePlace(e.target.value || null)}>
          <option value="">{t('board.place.none')}</option>
          {elements.map((el) => (
            <option key={el.id} value={el.id}>
              {el.label || t('board.unnamed')}
            </option>
          ))}
        </select>
      </label>
      {place ? (
        <form className="board-form" onSubmit={submit} aria-labelledby={`${id}-felt`}>
          <h3 id={`${id}-felt`} className="subhead">
            {t('board.place.feltTitle', { label: place.label || t('board.unnamed') })}
          </h3>
          <label className="field">
            <span className="field-label">{t('board.place.words')}</span>
            <textarea rows={3} value={words} maxLength={5000} required onChange={(e) => setWords(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">
              {t('board.place.energy')} <output className="energy-value">{energy > 0 ? `+${energy}` : energy}</output>
            </span>
            <input
              type="range"
              min={ENERGY_MIN}
              max={ENERGY_MAX}
              step={1}
              value={energy}
              aria-valuetext={t('board.place.energyText', { value: energy })}
              onChange={(e) => setEnergy(Number(e.target.value))}
            />
            <span className="energy-scale" aria-hidden="true">
              <span>{ENERGY_MIN}</span>
              <span>0</span>
              <span>+{ENERGY_MAX}</span>
            </span>
          </label>
          <FormError error={record.error} />
          <button type="submit" className="button" disabled={record.isPending || !words.trim()}>
            {t('board.place.record')}
          </button>
          <p className="status-line" role="status">
            {saved ? t('board.place.saved') : ''}
          </p>
        </form>
      ) : (
        <p className="field-hint">{t('board.place.hint')}</p>
      )}
    </div>
  );
}
