import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Card, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/page';
import { useSearch } from './api';
import { SearchResult } from './SearchResult';
import { useDebounced } from './useDebounced';

/** One box across all her notes: sessions, exchanges, feedback, learnings, objectives, clients. */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebounced(text.trim(), 250);
  const results = useSearch(q);

  // The query lives in the address too: back and forward, and a reload, find the same results.
  useEffect(() => {
    if ((params.get('q') ?? '') !== q) setParams(q ? { q } : {}, { replace: true });
  }, [q, params, setParams]);

  const items = results.data ?? [];
  return (
    <>
      <PageHeader title={t('search.title')} />
      <Card>
        <form role="search" className="search-form" onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor="search-q">{t('search.label')}</label>
            <p id="search-q-hint" className="field-hint">
              {t('search.hint')}
            </p>
            <input
              id="search-q"
              type="search"
              autoFocus
              autoComplete="off"
              spellCheck={false}
              maxLength={200}
              aria-describedby="search-q-hint"
              aria-controls="search-results"
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
        </form>
        <div id="search-results" className={results.isPlaceholderData ? 'search-results search-results--stale' : 'search-results'}>
          {q && results.isPending ? <Loading /> : null}
          {results.isError ? <ErrorState error={results.error} /> : null}
          <p className="visually-hidden" role="status">
            {q && results.data ? t('search.count', { count: items.length }) : ''}
          </p>
          {q && results.data && items.length === 0 ? <EmptyState>{t('search.none', { q })}</EmptyState> : null}
          {!q ? <p className="muted">{t('search.start')}</p> : null}
          {q && items.length > 0 ? (
            <ol className="search-hits" aria-label={t('search.results')}>
              {items.map((hit) => (
                <SearchResult key={`${hit.kind}-${hit.recordId}`} hit={hit} />
              ))}
            </ol>
          ) : null}
        </div>
      </Card>
    </>
  );
}
