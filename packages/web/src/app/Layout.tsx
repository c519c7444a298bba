import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { api } from '../api/client';
import { AUTH, useCurrentMe } from '../features/auth/api';
import { Icon } from '../ui/icons';
import { LanguageSwitch } from './LanguageSwitch';

const NAV = [
  { to: '/', key: 'nav.dashboard', end: true },
  { to: '/engagements', key: 'nav.engagements', end: false },
  { to: '/calendar', key: 'calendar.nav', end: false },
  { to: '/clients', key: 'nav.clients', end: false },
  { to: '/organisations', key: 'nav.organisations', end: false },
  { to: '/anonymise', key: 'anonymise.nav', end: false },
  { to: '/settings', key: 'nav.settings', end: false },
] as const;

/** The frame of every signed-in page: skip link, navigation, language, sign-out. */
export function Layout() {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [menuOpen, setMenuOpen] = useState(false);

  // A new page closes the small-screen menu.
  useEffect(() => setMenuOpen(false), [location.pathname]);

  const signOut = useMutation({
    mutationFn: () => api.post(AUTH.signOut, {}),
    onSettled: () => {
      // Leave the signed-in pages first, then forget everything the previous coach saw.
      navigate('/signin', { replace: true });
      queryClient.clear();
    },
  });

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="topbar">
        <div className="topbar__inner">
          <NavLink to="/" className="brand" aria-label={t('nav.home')}>
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__name">{t('app.name')}</span>
          </NavLink>
          {me.practice.isDemo ? <span className="tag tag--demo">{t('demo.tag')}</span> : null}
          {/* Outside the folding menu: search stays one tap away on a phone. */}
          <NavLink to="/search" className="topbar__search">
            <Icon name="search" />
            <span className="topbar__search-label">{t('nav.search')}</span>
          </NavLink>
          <button
            type="button"
            className="topbar__menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="primary-nav"
            onClick={() => setMenuOpen((o) => !o)}
          >
            <span className="hamburger" aria-hidden="true" />
            <span className="topbar__menu-label">{t('nav.menu')}</span>
          </button>
          <nav id="primary-nav" className={menuOpen ? 'nav nav--open' : 'nav'} aria-label={t('nav.label')}>
            <ul className="nav__list">
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className="nav__link">
                    {t(item.key)}
                  </NavLink>
                </li>
              ))}
            </ul>
            <div className="nav__tools">
              <span className="nav__user" title={me.user.email}>
                {me.user.name}
              </span>
              <button type="button" className="button button--ghost button--small" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
                {t('nav.signOut')}
              </button>
            </div>
          </nav>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
