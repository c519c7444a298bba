import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import './portal.css';
import './portal-records.css';
import './portal-journal.css';
import './portal-sponsor.css';

/**
 * The frame of every page a client or a sponsor sees: the practice's name (not
 * the software's), the language switch, one narrow column made for a phone.
 */
export function PortalFrame({ practiceName, nav, footer, children }: { practiceName?: string | undefined; nav?: ReactNode; footer?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="portal">
      <a className="skip-link" href="#portal-main">
        {t('nav.skip')}
      </a>
      <header className="portal-top">
        <div className="portal-top__bar">
          <p className="portal-brand">
            <span className="brand__mark" aria-hidden="true" />
            <span className="portal-brand__name">{practiceName || t('app.name')}</span>
          </p>
          <LanguageSwitch />
        </div>
        {nav}
      </header>
      <main id="portal-main" className="portal-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="portal-foot">
        {footer}
        <p>{t('portal.poweredBy')}</p>
      </footer>
    </div>
  );
}
