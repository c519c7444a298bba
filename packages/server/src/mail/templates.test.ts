import { describe, expect, it } from 'vitest';
import { alertDigestMail, type Mail, type MailLanguage, programmeReminderMail, sessionReminderMail, signInLinkMail } from './templates.js';

const LANGUAGES: MailLanguage[] = ['fr', 'en'];
const url = 'https://alliance.example/espace/lien#tok_3f9a-Zq';
// 18:30 in Paris (summer time): the e-mail must say 18:30, not the UTC 16:30.
const expiresAt = new Date('2031-06-12T16:30:00Z');

/** Nothing left for a template engine, no value that went missing. */
function expectComplete(mail: Mail) {
  for (const text of [mail.subject, mail.body]) {
    expect(text).not.toMatch(/{{|}}|\$\{|undefined|null|NaN|Invalid Date|\[object/);
    expect(text.trim()).not.toBe('');
  }
  expect(mail.subject).not.toContain('\n');
  expect(mail.body.endsWith('\n')).toBe(true);
  expect(mail.body).not.toMatch(/\n{3,}/);
}

describe('sign-in link e-mails', () => {
  const purposes = ['invitation', 'sign_in', 'sponsor_invitation'] as const;

  it.each(LANGUAGES.flatMap((language) => purposes.map((purpose) => [language, purpose] as const)))('%s %s: the link alone on its line, when it expires, that it works once', (language, purpose) => {
    const mail = signInLinkMail({ language, purpose, recipientName: 'Claire Vasseur', practiceName: 'Cabinet Moreau', url, expiresAt });
    expectComplete(mail);
    expect(mail.body.split('\n')).toContain(url);
    expect(mail.body).toContain('Claire Vasseur');
    expect(mail.subject).toContain('Cabinet Moreau');
    if (language === 'fr') {
      expect(mail.body).toContain('jeudi 12 juin 2031 à 18:30 (heure de Paris)');
      expect(mail.body).toContain('une seule fois');
      expect(mail.body).toContain('en demander un nouveau à tout moment depuis la page de connexion');
    } else {
      expect(mail.body).toMatch(/expires on Thursday,? 12 June 2031 at 18:30 \(Paris time\)/);
      expect(mail.body).toContain('works only once');
      expect(mail.body).toContain('ask for a new one at any time from the sign-in page');
    }
  });

  it('says what each link is for', () => {
    const fr = (purpose: (typeof purposes)[number]) => signInLinkMail({ language: 'fr', purpose, recipientName: 'Claire', practiceName: 'Cabinet Moreau', url, expiresAt });
    expect(fr('invitation').subject).toBe('Cabinet Moreau vous invite à votre espace');
    expect(fr('invitation').body).toContain('pas de mot de passe');
    expect(fr('sign_in').body).toContain('que vous avez demandé');
    expect(fr('sponsor_invitation').body).toContain('commanditaire');
    expect(fr('sponsor_invitation').body).toContain('tripartite');
    const en = signInLinkMail({ language: 'en', purpose: 'sponsor_invitation', recipientName: 'Marc', practiceName: 'Cabinet Moreau', url, expiresAt });
    expect(en.body).toContain('sponsor of a three-way coaching contract');
  });

  it('keeps names on one line and greets without a name when there is none', () => {
    const mail = signInLinkMail({ language: 'fr', purpose: 'sign_in', recipientName: '  ', practiceName: 'Cabinet\nMoreau\r\nBcc: x@y', url, expiresAt });
    expect(mail.subject).toBe('Votre lien de connexion — Cabinet Moreau Bcc: x@y');
    expect(mail.body.startsWith('Bonjour,\n\n')).toBe(true);
    expectComplete(mail);
  });
});

describe('the alerts digest', () => {
  const alerts = [
    { kind: 'journal_shared' as const, clientName: 'Sonia Ferrand', at: new Date('2031-03-03T08:00:00Z') },
    { kind: 'alliance_low' as const, clientName: 'Claire Vasseur', at: new Date('2031-03-03T17:15:00Z') },
    { kind: 'alliance_low' as const, clientName: 'Paul Martin', at: new Date('2031-03-02T09:00:00Z') },
    { kind: 'commitment_overdue' as const, clientName: 'Sonia Ferrand', at: new Date('2031-03-03T06:00:00Z') },
  ];
  const link = 'https://alliance.example/alerts';

  it.each(LANGUAGES)('%s: lists the new alerts by kind, each client by name, with the link to the list', (language) => {
    const mail = alertDigestMail({ language, practiceName: 'Cabinet Moreau', alerts, url: link });
    expectComplete(mail);
    expect(mail.body.split('\n')).toContain(link);
    expect(mail.subject).toContain('4');
    for (const name of ['Sonia Ferrand', 'Claire Vasseur', 'Paul Martin']) expect(mail.body).toContain(name);
    const lowHeading = language === 'fr' ? 'Alliance de travail basse (2)' : 'Low working alliance (2)';
    const low = mail.body.split('\n\n').find((p) => p.startsWith(lowHeading));
    expect(low, mail.body).toBeDefined();
    // Oldest first within a kind.
    expect(low!.indexOf('Paul Martin')).toBeLessThan(low!.indexOf('Claire Vasseur'));
    // 17:15 UTC is 18:15 in Paris in March.
    expect(low).toContain('18:15');
  });

  it('says one alert in the singular', () => {
    expect(alertDigestMail({ language: 'fr', practiceName: 'Cabinet Moreau', alerts: alerts.slice(0, 1), url: link }).subject).toBe('Cabinet Moreau : 1 nouvelle alerte');
    expect(alertDigestMail({ language: 'en', practiceName: 'Cabinet Moreau', alerts: alerts.slice(0, 1), url: link }).subject).toBe('Cabinet Moreau: 1 new alert');
    expect(alertDigestMail({ language: 'fr', practiceName: 'Cabinet Moreau', alerts, url: link }).subject).toBe('Cabinet Moreau : 4 nouvelles alertes');
  });
});

describe('reminders', () => {
  const at = new Date('2031-03-30T07:00:00Z'); // 09:00 in Paris (summer time)

  it('session, in French as before and in English', () => {
    const fr = sessionReminderMail({ language: 'fr', firstName: 'Claire', at });
    expect(fr.subject).toBe('Rappel : votre séance dimanche 30 mars 2031 à 09:00');
    expect(fr.body).toBe('Bonjour Claire,\n\nPetit rappel : notre séance a lieu dimanche 30 mars 2031 à 09:00 (heure de Paris).\n\nÀ bientôt.\n');
    const en = sessionReminderMail({ language: 'en', firstName: 'Claire', at });
    expect(en.subject).toMatch(/^Reminder: your session on Sunday,? 30 March 2031 at 09:00$/);
    expectComplete(fr);
    expectComplete(en);
  });

  it.each(LANGUAGES)('%s: programme day, with its place when it has one', (language) => {
    const withPlace = programmeReminderMail({ language, firstName: 'Claire', title: 'Prendre sa place', place: 'Lyon', at });
    expectComplete(withPlace);
    expect(withPlace.subject).toContain('Prendre sa place');
    expect(withPlace.body).toContain(', Lyon.');
    const untitled = programmeReminderMail({ language, firstName: 'Claire', title: '', at });
    expectComplete(untitled);
    expect(untitled.body).not.toContain('«');
    expect(untitled.body).not.toContain(', .');
  });
});
