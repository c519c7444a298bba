import type { ClientSpace, SponsorPage } from '@alliance/api';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../ui/format';

/** The language the portal speaks now, as the domain's labels want it. */
export function useLang(): 'fr' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'fr';
}

/** A 0–10 (or any integer) scale as a slider, its number always in view, its two ends in words. */
export function RangeField({
  id,
  label,
  hint,
  min,
  max,
  value,
  onChange,
  valueText,
  minLabel,
  maxLabel,
  error,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  min: number;
  max: number;
  value: number;
  onChange: (value: number) => void;
  valueText: string;
  minLabel: string;
  maxLabel: string;
  error?: string | undefined;
}) {
  const described = [hint ? `${id}-hint` : null, `${id}-ends`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={['field', 'portal-range', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}>
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <div className="portal-range__row">
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={1}
          value={value}
          onChange={(e) => onChange(Number(e.target.value))}
          aria-valuetext={valueText}
          aria-describedby={described}
          aria-invalid={error ? true : undefined}
        />
        <output htmlFor={id} className="portal-range__value" aria-hidden="true">
          {value}
        </output>
      </div>
      <p id={`${id}-ends`} className="portal-range__ends">
        <span>
          {min} · {minLabel}
        </span>
        <span>
          {max} · {maxLabel}
        </span>
      </p>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function BackHome() {
  const { t } = useTranslation();
  return (
    <p className="portal-back">
      <Link to="/espace" className="back-link">
        ← {t('portal.nav.back')}
      </Link>
    </p>
  );
}

type View = SponsorPage['view'] | NonNullable<ClientSpace['sponsor']>['view'];

/**
 * Exactly the sponsor's view, and in plain words what it leaves out. The client's
 * space shows the same component: she sees what her sponsor sees.
 */
export function SponsorViewDetails({ view, headingLevel = 2 }: { view: View; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const format = useFormat();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const a = view.attendance;
  return (
    <div className="portal-sponsor">
      <p className="portal-sponsor__visibility">{t(`portal.sponsor.visibility.${view.visibility}`)}</p>
      {a ? (
        <section className="portal-sponsor__block" aria-labelledby="sponsor-attendance">
          <H id="sponsor-attendance">{t('portal.sponsor.attendance')}</H>
          <dl className="portal-stats">
            <div>
              <dt>{t('portal.sponsor.held')}</dt>
              <dd>{a.held}</dd>
            </div>
            <div>
              <dt>{t('portal.sponsor.planned')}</dt>
              <dd>{a.plannedSessions ?? '—'}</dd>
            </div>
            <div>
              <dt>{t('portal.sponsor.cancelled')}</dt>
              <dd>{a.cancelled}</dd>
            </div>
            <div>
              <dt>{t('portal.sponsor.noShow')}</dt>
              <dd>{a.noShow}</dd>
            </div>
          </dl>
          {a.dates.length ? (
            <ul className="portal-sponsor__dates" aria-label={t('portal.sponsor.dates')}>
              {a.dates.map((d, i) => (
                <li key={`${d.date}-${i}`}>
                  <span>{format.date(d.date)}</span>
                  <span className={`badge badge--session-${d.status}`}>{t(`sessionStatus.${d.status}`)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('portal.sponsor.noDates')}</p>
          )}
        </section>
      ) : null}
      {view.objectiveProgress ? (
        <section className="portal-sponsor__block" aria-labelledby="sponsor-progress">
          <H id="sponsor-progress">{t('portal.sponsor.progress')}</H>
          <ul className="portal-sponsor__objectives">
            {view.objectiveProgress.map((o) => (
              <li key={o.id}>
                <p>{o.statement}</p>
                {o.fraction === null ? (
                  <p className="muted">{t('portal.sponsor.noMeasure')}</p>
                ) : (
                  <div className="portal-meter">
                    <div
                      className="progress__track"
                      role="progressbar"
                      aria-label={o.statement}
                      aria-valuemin={0}
                      aria-valuemax={100}
                      aria-valuenow={Math.round(o.fraction * 100)}
                    >
                      <div className="progress__bar" style={{ width: `${Math.round(o.fraction * 100)}%` }} />
                    </div>
                    <span className="portal-meter__value">{t('portal.sponsor.percent', { value: Math.round(o.fraction * 100) })}</span>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="portal-sponsor__block portal-sponsor__never" aria-labelledby="sponsor-never">
        <H id="sponsor-never">{t('portal.sponsor.notShown')}</H>
        <ul className="portal-ticks">
          <li>{t('portal.sponsor.never.content')}</li>
          <li>{t('portal.sponsor.never.journal')}</li>
          <li>{t('portal.sponsor.never.checkIns')}</li>
          <li>{t('portal.sponsor.never.words')}</li>
          {view.objectiveProgress ? null : <li>{t('portal.sponsor.never.objectives')}</li>}
          {view.attendance ? null : <li>{t('portal.sponsor.never.attendance')}</li>}
        </ul>
      </section>
    </div>
  );
}
