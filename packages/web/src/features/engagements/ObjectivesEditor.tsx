import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '../../ui/fields';
import { emptyObjective, type ObjectiveRow } from './form-model';

/** Objectives as rows the coach adds and removes: what, where she starts, what "done" looks like. */
export function ObjectivesEditor({
  idPrefix,
  rows,
  onChange,
  errorFor,
}: {
  idPrefix: string;
  rows: ObjectiveRow[];
  onChange: (rows: ObjectiveRow[]) => void;
  errorFor: (row: number, field: 'statement' | 'baseline' | 'target') => string | undefined;
}) {
  const { t } = useTranslation();
  const set = (i: number, field: keyof Omit<ObjectiveRow, 'id'>, value: string) => onChange(rows.map((r, j) => (j === i ? { ...r, [field]: value } : r)));

  return (
    <div className="objectives">
      {rows.length === 0 ? <p className="muted">{t('objectives.none')}</p> : null}
      <ol className="objectives__list">
        {rows.map((row, i) => (
          <li key={row.id ?? `new-${i}`} className="objective-row">
            <div className="objective-row__head">
              <span className="objective-row__number" aria-hidden="true">
                {i + 1}
              </span>
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => onChange(rows.filter((_, j) => j !== i))}
                aria-label={t('objectives.remove', { n: i + 1 })}
              >
                {t('common.remove')}
              </button>
            </div>
            <TextAreaField
              id={`${idPrefix}-objective-${i}-statement`}
              label={t('objectives.statement', { n: i + 1 })}
              rows={2}
              value={row.statement}
              onChange={(e) => set(i, 'statement', e.target.value)}
              error={errorFor(i, 'statement')}
              required
            />
            <div className="form-grid">
              <TextField
                id={`${idPrefix}-objective-${i}-baseline`}
                label={t('objectives.baseline', { n: i + 1 })}
                value={row.baseline}
                onChange={(e) => set(i, 'baseline', e.target.value)}
                error={errorFor(i, 'baseline')}
              />
              <TextField
                id={`${idPrefix}-objective-${i}-target`}
                label={t('objectives.target', { n: i + 1 })}
                value={row.target}
                onChange={(e) => set(i, 'target', e.target.value)}
                error={errorFor(i, 'target')}
              />
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--secondary" onClick={() => onChange([...rows, emptyObjective()])}>
        {t('objectives.add')}
      </button>
    </div>
  );
}
