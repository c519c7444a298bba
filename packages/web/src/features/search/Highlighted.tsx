import type { SearchHit } from '@alliance/api';
import { segmentsOf } from './highlight';

/** The snippet as text, its matched words in <mark>: React elements, never HTML. */
export function Highlighted({ snippet, highlights }: Pick<SearchHit, 'snippet' | 'highlights'>) {
  return (
    <>
      {segmentsOf(snippet, highlights).map((s, i) => (s.marked ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}
