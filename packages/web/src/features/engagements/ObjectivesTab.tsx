import type { Engagement } from '@alliance/api';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError, useFieldErrors } from '../../ui/errors';
import { useUpdateEngagement } from './api';
import { objectiveRowsOf, objectivesInputOf, sentPath, type ObjectiveRow } from './form-model';
import { ObjectivesEditor } from './ObjectivesEditor';

/** Objectives are edited in place and saved together (the API replaces the list, keeping ids). */
export function ObjectivesTab({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const update = useUpdateEngagement(engagement.id);
  const fieldError = useFieldErrors(update.error);
  const [rows, setRows] = useState<ObjectiveRow[]>(() => objectiveRowsOf(engagement));
  const [rowOfSent, setRowOfSent] = useState<number[]>([]);
  const [saved, setSaved] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { objectives, rowOfSent: map } = objectivesInputOf(rows);
    setRowOfSent(map);
    setSaved(false);
    update.mutate(
      { objectives },
      {
        onSuccess: (updated) => {
          setRows(objectiveRowsOf(updated));
          setSaved(true);
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('objectives.title')}>
      <p className="field-hint">{t('objectives.hint')}</p>
      <ObjectivesEditor
        idPrefix="objectives"
        rows={rows}
        onChange={(next) => {
          setRows(next);
          setSaved(false);
        }}
        errorFor={(row, field) => {
          const path = sentPath(rowOfSent, row, field);
          return path ? fieldError(path) : undefined;
        }}
      />
      <FormError error={update.error} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('objectives.save')}
        </button>
        <span className="status-line" role="status">
          {saved ? t('objectives.saved') : ''}
        </span>
      </div>
    </form>
  );
}
