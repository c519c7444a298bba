import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { splitLinks } from './links';

/**
 * A plain-text message as written (line breaks kept), with every http(s) address a
 * link that opens in a new tab. Built from React elements only: the text is never
 * read as HTML.
 */
export function LinkedText({ text, className }: { text: string; className?: string }) {
  const { t } = useTranslation();
  const parts = useMemo(() => splitLinks(text), [text]);
  return (
    <p className={className}>
      {parts.map((part, i) =>
        'url' in part ? (
          <a key={i} href={part.url} target="_blank" rel="noopener noreferrer" title={t('calendar.outbox.newTab')}>
            {part.url}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
