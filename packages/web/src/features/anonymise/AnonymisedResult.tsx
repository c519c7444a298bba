import type { AnonymiseResponse } from '@alliance/api';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../ui/CopyButton';
import { anonymisedPieces, detailsToCheck, foundNames } from './result';

/**
 * The anonymised text with every replacement highlighted and every detail to check
 * underlined, and beside it (below on a phone) what was found, what it became and why.
 */
export function AnonymisedResult({ input, language, result, stale }: { input: string; language: 'fr' | 'en'; result: AnonymiseResponse; stale: boolean }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const pieces = useMemo(() => anonymisedPieces(input, result), [input, result]);
  const found = useMemo(() => foundNames(input, result.spans), [input, result]);
  const details = useMemo(() => detailsToCheck(input, result.details), [input, result]);

  // A new result: the keyboard and the screen reader go to it, and a phone scrolls down to it.
  useEffect(() => heading.current?.focus(), [result]);

  return (
    <section className="card anonymised" aria-labelledby="anonymised-title">
      <div className="card__head">
        <h2 id="anonymised-title" ref={heading} tabIndex={-1}>
          {t('anonymise.result.title')}
        </h2>
        <div className="card__actions">
          <CopyButton text={result.text} label={t('anonymise.result.copy')} className="button button--primary button--small" />
        </div>
      </div>
      {stale ? (
        <p className="callout callout--warning" role="status">
          {t('anonymise.result.stale')}
        </p>
      ) : null}
      <div className="anonymised__grid">
        <div className="anonymised__main">
          <p className="muted anonymised__legend">{pieces ? t('anonymise.result.legend') : t('anonymise.result.unmarked')}</p>
          <div className="anonymised__text" lang={language}>
            {pieces
              ? pieces.map((p, i) =>
                  p.span ? (
                    <mark key={i} className={`anon-mark anon-mark--${p.span.type}`}>
                      {p.text}
                    </mark>
                  ) : p.detail ? (
                    <span key={i} className="anon-detail">
                      {p.text}
                    </span>
                  ) : (
                    p.text
                  ),
                )
              : result.text}
          </div>
        </div>
        <div className="anonymised__side">
          <h3>{t('anonymise.found.title')}</h3>
          {found.length === 0 ? (
            <p className="callout callout--warning">{t('anonymise.result.nothing')}</p>
          ) : (
            <>
              <p className="muted">{t('anonymise.found.count', { count: found.length })}</p>
              <ul className="plain-list anon-list">
                {found.map((f) => (
                  <li key={f.key} className="anon-item">
                    <p className="anon-item__what">
                      <span className="tag">{t(`caseStudies.review.types.${f.type}`)}</span> <q lang={language}>{f.words}</q> <span aria-hidden="true">→</span>
                      <span className="visually-hidden">{t('anonymise.found.becomes')}</span>{' '}
                      <mark className={`anon-mark anon-mark--${f.type}`} lang={language}>
                        {f.replacement}
                      </mark>
                      {f.count > 1 ? <span className="anon-item__count"> · {t('anonymise.found.times', { count: f.count })}</span> : null}
                    </p>
                    <p className="anon-item__why">
                      {t('anonymise.found.why', { source: t(`caseStudies.review.sources.${f.source}`), confidence: Math.round(f.confidence * 100) })}
                    </p>
                  </li>
                ))}
              </ul>
            </>
          )}
          {details.length ? (
            <>
              <h3>{t('anonymise.details.title')}</h3>
              <p className="muted">{t('anonymise.details.hint')}</p>
              <ul className="plain-list anon-list">
                {details.map((d) => (
                  <li key={`${d.kind}|${d.words}`} className="anon-item anon-item--detail">
                    <p className="anon-item__what">
                      <span className="tag">{t(`anonymise.details.kinds.${d.kind}`)}</span> <q lang={language}>{d.words}</q>
                    </p>
                    <p className="anon-item__why">{t('anonymise.details.instead', { suggestion: d.suggestion })}</p>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      </div>
    </section>
  );
}
