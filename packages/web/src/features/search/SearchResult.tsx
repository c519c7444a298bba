import type { SearchHit } from '@alliance/api';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon, type IconName } from '../../ui/icons';
import { useFormat } from '../../ui/format';
import { hitPath } from './api';
import { Highlighted } from './Highlighted';

const ICON: Record<SearchHit['kind'], IconName> = {
  session: 'session',
  contact: 'message',
  feedback: 'feedback',
  learning: 'learning',
  objectives: 'contract',
  client: 'meeting',
};

export function SearchResult({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const format = useFormat();
  const to = hitPath(hit);
  const kind = t(`search.kind.${hit.kind}`);
  const title = hit.clientName ?? kind;
  return (
    <li className="search-hit">
      <span className="search-hit__icon">
        <Icon name={ICON[hit.kind]} />
      </span>
      <div className="search-hit__body">
        <p className="search-hit__head">
          {to ? (
            <Link to={to} className="row__title">
              {title}
            </Link>
          ) : (
            <span className="row__title">{title}</span>
          )}
          <span className="row__meta">
            {kind} · <time dateTime={hit.at}>{format.date(hit.at)}</time>
          </span>
        </p>
        {hit.snippet ? (
          <p className="search-hit__snippet">
            <Highlighted snippet={hit.snippet} highlights={hit.highlights} />
          </p>
        ) : null}
      </div>
    </li>
  );
}
