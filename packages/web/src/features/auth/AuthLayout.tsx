import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch';

/** Sign-in and sign-up: a quiet page with the product's promise beside the form. */
export function AuthLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="auth">
      <div className="auth__top">
        <span className="brand">
          <span className="brand__mark" aria-hidden="true" />
          {t('app.name')}
        </span>
        <LanguageSwitch />
      </div>
      <main id="main" className="auth__main">
        <aside className="auth__pitch">
          <p className="auth__tagline">{t('auth.tagline')}</p>
          <p>{t('auth.pitch')}</p>
        </aside>
        <div className="auth__panel">{children}</div>
      </main>
    </div>
  );
}
