import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/errors';

/**
 * The end of a practice settings card: a note when only the owner may change it, the
 * server's refusal, then Save ("saving…" while it is sent) and a status line that says
 * when it was saved.
 */
export function OwnerSaveActions({ canEdit, mutation, saved, savedText, ownerOnlyText }: { canEdit: boolean; mutation: { error: unknown; isPending: boolean }; saved: boolean; savedText: string; ownerOnlyText: string }) {
  const { t } = useTranslation();
  return (
    <>
      {canEdit ? null : <p className="field-hint">{ownerOnlyText}</p>}
      <FormError error={mutation.error} />
      {canEdit ? (
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={mutation.isPending}>
            {mutation.isPending ? t('common.saving') : t('common.save')}
          </button>
          <span className="status-line" role="status">
            {saved ? savedText : ''}
          </span>
        </div>
      ) : null}
    </>
  );
}
