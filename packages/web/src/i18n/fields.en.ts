import type { fieldsFr } from './fields.fr';
import type { Widen } from './widen';

/** The typed date and time fields, in English: the same keys as French, checked by the compiler. */
export const fieldsEn: Widen<typeof fieldsFr> = {
  dateField: {
    parts: { day: 'dd', month: 'mm', year: 'yyyy' },
    hint: 'As {{pattern}}, for example {{example}}.',
    missing: 'Enter a date, as {{pattern}}.',
    invalid: 'This date does not exist or is not written as {{pattern}}.',
    late: 'The date cannot be later than {{latest}}.',
    lateToday: 'The date cannot be later than today.',
  },
  timeField: {
    pattern: 'hh:mm',
    hint: 'In 24-hour time, for example {{example}}.',
    missing: 'Enter a time, as {{pattern}}.',
    invalid: 'This time does not exist or is not written as {{pattern}} (24-hour).',
  },
  dateTimeField: {
    date: 'Date',
    time: 'Time',
  },
};
