import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../ui/errors';
import type { SaveState } from './useAutosave';

/** Says, quietly but always, whether what she typed is safe. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  const text =
    state.kind === 'saved'
      ? t('autosave.saved')
      : state.kind === 'offline'
        ? t('autosave.offline')
        : state.kind === 'error'
          ? t('autosave.error', { message: message(state.error) })
          : t('autosave.saving');
  return (
    <div className={`save-status save-status--${state.kind}`} data-testid="save-status">
      <span className="save-status__dot" aria-hidden="true" />
      <span role="status" aria-live="polite">
        {text}
      </span>
      {state.kind === 'error' || state.kind === 'offline' ? (
        <button type="button" className="button button--link button--small" onClick={onRetry}>
          {t('autosave.retry')}
        </button>
      ) : null}
    </div>
  );
}
