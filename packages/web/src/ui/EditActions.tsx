import { useTranslation } from 'react-i18next';
import { FormError } from './errors';

/**
 * The end of a form: the server's refusal, then the submit button ("saving…", or
 * `pendingLabel`, while it is sent) and, for a form that edits something in place (a
 * contract, a commitment), Cancel, which leaves the edit without saving.
 */
export function EditActions({
  mutation,
  onCancel,
  saveLabel,
  pendingLabel,
  small,
}: {
  mutation: { error: unknown; isPending: boolean };
  onCancel?: () => void;
  saveLabel?: string;
  pendingLabel?: string;
  small?: boolean;
}) {
  const { t } = useTranslation();
  const size = small ? ' button--small' : '';
  return (
    <>
      <FormError error={mutation.error} />
      <div className="form-actions">
        <button type="submit" className={`button button--primary${size}`} disabled={mutation.isPending}>
          {mutation.isPending ? (pendingLabel ?? t('common.saving')) : (saveLabel ?? t('common.save'))}
        </button>
        {onCancel ? (
          <button type="button" className={`button button--ghost${size}`} onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </>
  );
}
