import { API } from '@alliance/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withQuery } from '../../api/client';

/**
 * A copy of everything about her (GDPR right of access), to hand over on request.
 * Private reflections are the coach's own and stay out unless she ticks the box.
 * The export paths are not in the API paths object yet; they hang off the client's path.
 */
export function ClientExport({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const [withReflections, setWithReflections] = useState(false);
  const include = withReflections ? 'true' : 'false';
  const base = API.client(clientId);
  return (
    <div className="client-export">
      <p className="field-hint">{t('clients.export.hint')}</p>
      <label className="checkbox">
        <input type="checkbox" checked={withReflections} onChange={(e) => setWithReflections(e.target.checked)} />
        {t('clients.export.includeReflections')}
      </label>
      <div className="form-actions">
        <a className="button button--secondary button--small" href={withQuery(`${base}/export.pdf`, { lang: i18n.language === 'en' ? 'en' : 'fr', includePrivateReflections: include })} download>
          {t('clients.export.pdf')}
        </a>
        <a className="button button--ghost button--small" href={withQuery(`${base}/export`, { includePrivateReflections: include })} download>
          {t('clients.export.json')}
        </a>
      </div>
    </div>
  );
}
