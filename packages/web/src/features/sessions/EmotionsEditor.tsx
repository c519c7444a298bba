import { EMOTION_INTENSITY_MAX, EMOTION_INTENSITY_MIN, type NamedEmotion } from '@alliance/domain';
import { useTranslation } from 'react-i18next';

/** Emotions named with an intensity (0 barely there – 10 overwhelming), before or after the shift. */
export function EmotionsEditor({
  id,
  label,
  hint,
  which,
  emotions,
  onChange,
  onBlur,
}: {
  id: string;
  label: string;
  hint: string;
  /** "before" or "after", to make each row's label unique on the page. */
  which: string;
  emotions: NamedEmotion[];
  onChange: (emotions: NamedEmotion[]) => void;
  onBlur: () => void;
}) {
  const { t } = useTranslation();
  const suggestions = t('emotions.suggestions').split(',').map((s) => s.trim()).filter(Boolean);
  const present = new Set(emotions.map((e) => e.name.trim().toLocaleLowerCase()));
  const set = (i: number, patch: Partial<NamedEmotion>) => onChange(emotions.map((e, j) => (j === i ? { ...e, ...patch } : e)));

  return (
    <fieldset className="emotions" id={id} aria-describedby={`${id}-hint`}>
      <legend className="arc-section__label">{label}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      {emotions.length ? (
        <ul className="emotions__list">
          {emotions.map((e, i) => (
            <li key={i} className="emotion-row">
              <div className="emotion-row__name">
                <label htmlFor={`${id}-${i}-name`}>{t('emotions.name', { n: i + 1, which })}</label>
                <input id={`${id}-${i}-name`} value={e.name} onChange={(ev) => set(i, { name: ev.target.value })} onBlur={onBlur} autoComplete="off" />
              </div>
              <div className="emotion-row__intensity">
                <label htmlFor={`${id}-${i}-intensity`}>{t('emotions.intensity', { n: i + 1, which })}</label>
                <div className="intensity">
                  <input
                    id={`${id}-${i}-intensity`}
                    type="range"
                    min={EMOTION_INTENSITY_MIN}
                    max={EMOTION_INTENSITY_MAX}
                    step={1}
                    value={e.intensity}
                    onChange={(ev) => set(i, { intensity: Number(ev.target.value) })}
                    onBlur={onBlur}
                    aria-valuetext={t('emotions.valueText', { value: e.intensity, max: EMOTION_INTENSITY_MAX })}
                  />
                  <output htmlFor={`${id}-${i}-intensity`} className="intensity__value" aria-hidden="true">
                    {e.intensity}
                  </output>
                </div>
              </div>
              <button
                type="button"
                className="button button--icon"
                onClick={() => onChange(emotions.filter((_, j) => j !== i))}
                aria-label={t('emotions.remove', { name: e.name || t('emotions.unnamed'), which })}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="emotions__add">
        <button type="button" className="button button--secondary button--small" onClick={() => onChange([...emotions, { name: '', intensity: 5 }])}>
          {t('emotions.add', { which })}
        </button>
        <div className="chips" role="group" aria-label={t('emotions.suggestionsLabel')}>
          {suggestions
            .filter((s) => !present.has(s.toLocaleLowerCase()))
            .slice(0, 8)
            .map((s) => (
              <button key={s} type="button" className="chip" onClick={() => onChange([...emotions, { name: s, intensity: 5 }])}>
                + {s}
              </button>
            ))}
        </div>
      </div>
    </fieldset>
  );
}
