import { useTranslation } from 'react-i18next';
import { FormError } from './errors';

/**
 * The end of a form that edits something in place (a contract, a commitment): the
 * server's refusal, then Save ("saving…" while it is sent) and Cancel, which leaves
 * the edit without saving.
 */
export function EditActions({ mutation, onCancel, saveLabel, small }: { mutation: { error: unknown; isPending: boolean }; onCancel: () => void; saveLabel?: string; small?: boolean }) {
  const { t } = useTranslation();
  const size = small ? ' button--small' : '';
  return (
    <>
      <FormError error={mutation.error} />
      <div className="form-actions">
        <button type="submit" className={`button button--primary${size}`} disabled={mutation.isPending}>
          {mutation.isPending ? t('common.saving') : (saveLabel ?? t('common.save'))}
        </button>
        <button type="button" className={`button button--ghost${size}`} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}
