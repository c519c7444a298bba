import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates in the coach's language, in her browser's time zone. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'fr-FR';
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' });
    const shortDateTime = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
    const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short' });
    const valid = (iso: string | null | undefined): Date | null => {
      if (!iso) return null;
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? null : d;
    };
    const fmt = (f: Intl.DateTimeFormat) => (iso: string | null | undefined) => {
      const d = valid(iso);
      return d ? f.format(d) : '';
    };
    return {
      locale,
      dateTime: fmt(dateTime),
      shortDateTime: fmt(shortDateTime),
      /** A calendar date (YYYY-MM-DD) is shown as that day wherever the coach is. */
      date: (value: string | null | undefined) => {
        if (!value) return '';
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
        const d = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : valid(value);
        return d ? date.format(d) : '';
      },
      time: fmt(time),
      weekday: fmt(weekday),
    };
  }, [locale]);
}
