/** The typed date and time fields of every form (ui/DateTextField, ui/TimeTextField, ui/DateTimeField), in French (the reference). */
export const fieldsFr = {
  // A date typed as the screen writes it (ui/DateTextField), in every form of the app.
  dateField: {
    parts: { day: 'jj', month: 'mm', year: 'aaaa' },
    hint: 'Au format {{pattern}}, par exemple {{example}}.',
    missing: 'Indiquez une date, au format {{pattern}}.',
    invalid: 'Cette date n’existe pas ou n’est pas au format {{pattern}}.',
    late: 'La date ne peut pas être après le {{latest}}.',
    lateToday: 'La date ne peut pas être après aujourd’hui.',
  },
  // A time of day on 24 hours (ui/TimeTextField), the same in every language.
  timeField: {
    pattern: 'hh:mm',
    hint: 'Sur 24 heures, par exemple {{example}}.',
    missing: 'Indiquez une heure, au format {{pattern}}.',
    invalid: 'Cette heure n’existe pas ou n’est pas au format {{pattern}} (sur 24 heures).',
  },
  // A date and a time side by side (ui/DateTimeField); the pair is named by the form.
  dateTimeField: {
    date: 'Date',
    time: 'Heure',
  },
};
