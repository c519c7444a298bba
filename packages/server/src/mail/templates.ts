/**
 * The e-mails Alliance writes, in French (the reference) and English: plain text,
 * short paragraphs, every link alone on its line so any mail client makes it
 * clickable. Times are given in Paris time, and say so.
 *
 * Names and titles come from the coach's records: they are put on one line, so a
 * stray line break can neither reshape a subject nor the body around it.
 */

export type MailLanguage = 'fr' | 'en';
export interface Mail {
  subject: string;
  body: string;
}

type AlertKind = 'alliance_low' | 'alliance_drop' | 'journal_shared' | 'commitment_overdue';
const ALERT_ORDER: AlertKind[] = ['alliance_low', 'alliance_drop', 'commitment_overdue', 'journal_shared'];

const formats = {
  fr: {
    full: new Intl.DateTimeFormat('fr-FR', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' }),
    short: new Intl.DateTimeFormat('fr-FR', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' }),
  },
  en: {
    full: new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' }),
    short: new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' }),
  },
};
const when = (language: MailLanguage, d: Date) => formats[language].full.format(d);
const parisTime = { fr: 'heure de Paris', en: 'Paris time' };
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const paragraphs = (...parts: (string | false | undefined)[]) => parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n\n') + '\n';
const hello = (language: MailLanguage, name: string) => {
  const n = oneLine(name);
  return language === 'fr' ? (n ? `Bonjour ${n},` : 'Bonjour,') : n ? `Hello ${n},` : 'Hello,';
};

// ——— Sign-in links ———

const signIn = {
  fr: {
    invitation: {
      subject: (practice: string) => `${practice} vous invite à votre espace`,
      intro: (practice: string) =>
        `${practice} vous ouvre votre espace dans Alliance : vous y retrouverez ce qui concerne votre accompagnement. Pour y entrer, suivez simplement ce lien — il n’y a pas de mot de passe à créer :`,
    },
    sign_in: {
      subject: (practice: string) => `Votre lien de connexion — ${practice}`,
      intro: (practice: string) => `Voici le lien de connexion que vous avez demandé, pour entrer dans votre espace chez ${practice} :`,
    },
    sponsor_invitation: {
      subject: (practice: string) => `${practice} vous invite à suivre le contrat de coaching`,
      intro: (practice: string) =>
        `En tant que commanditaire d’un contrat de coaching tripartite, ${practice} vous invite à consulter dans Alliance ce que ce contrat vous permet de voir — rien de plus : le contenu des séances reste confidentiel. Pour y accéder, suivez ce lien, sans mot de passe :`,
    },
    expiry: (at: string) => `Ce lien ne fonctionne qu’une seule fois et expire le ${at} (${parisTime.fr}). Vous pouvez en demander un nouveau à tout moment depuis la page de connexion.`,
    notYou: 'Si vous n’attendiez pas ce message, ignorez-le simplement : sans ce lien, personne n’entre.',
  },
  en: {
    invitation: {
      subject: (practice: string) => `${practice} invites you to your space`,
      intro: (practice: string) =>
        `${practice} has opened your space in Alliance, where you will find what concerns your coaching. To enter it, simply follow this link — there is no password to create:`,
    },
    sign_in: {
      subject: (practice: string) => `Your sign-in link — ${practice}`,
      intro: (practice: string) => `Here is the sign-in link you asked for, to enter your space with ${practice}:`,
    },
    sponsor_invitation: {
      subject: (practice: string) => `${practice} invites you to follow the coaching contract`,
      intro: (practice: string) =>
        `As the sponsor of a three-way coaching contract, you are invited by ${practice} to see in Alliance what this contract allows you to see — nothing more: what is said in sessions stays confidential. To open it, follow this link, no password needed:`,
    },
    expiry: (at: string) => `This link works only once and expires on ${at} (${parisTime.en}). You can ask for a new one at any time from the sign-in page.`,
    notYou: 'If you were not expecting this message, simply ignore it: without this link, nobody gets in.',
  },
};

export function signInLinkMail(a: {
  language: MailLanguage;
  purpose: 'invitation' | 'sign_in' | 'sponsor_invitation';
  recipientName: string;
  practiceName: string;
  url: string;
  expiresAt: Date;
}): Mail {
  const t = signIn[a.language];
  const practice = oneLine(a.practiceName) || 'Alliance';
  const purpose = t[a.purpose];
  return {
    subject: purpose.subject(practice),
    body: paragraphs(hello(a.language, a.recipientName), purpose.intro(practice), a.url.trim(), t.expiry(when(a.language, a.expiresAt)), t.notYou, practice),
  };
}

// ——— The coach's daily digest of alerts ———

const digest = {
  fr: {
    subject: (practice: string, n: number) => `${practice} : ${n} ${n > 1 ? 'nouvelles alertes' : 'nouvelle alerte'}`,
    intro: (n: number) => `${n > 1 ? 'Voici les nouvelles alertes' : 'Voici la nouvelle alerte'} de vos accompagnements (${parisTime.fr}) :`,
    none: 'Aucune nouvelle alerte.',
    kinds: {
      alliance_low: 'Alliance de travail basse',
      alliance_drop: 'Alliance de travail en baisse',
      commitment_overdue: 'Engagement en retard',
      journal_shared: 'Entrée de journal partagée avec vous',
    } satisfies Record<AlertKind, string>,
    link: 'Pour les voir et y répondre dans Alliance :',
    footer: 'Ce récapitulatif vous est envoyé au plus une fois par jour, seulement s’il y a du nouveau. Vous pouvez le désactiver dans les réglages de votre cabinet.',
  },
  en: {
    subject: (practice: string, n: number) => `${practice}: ${n} new ${n === 1 ? 'alert' : 'alerts'}`,
    intro: (n: number) => `${n === 1 ? 'Here is the new alert' : 'Here are the new alerts'} from your coaching engagements (${parisTime.en}):`,
    none: 'No new alert.',
    kinds: {
      alliance_low: 'Low working alliance',
      alliance_drop: 'Working alliance dropping',
      commitment_overdue: 'Commitment overdue',
      journal_shared: 'Journal entry shared with you',
    } satisfies Record<AlertKind, string>,
    link: 'To see them and follow up in Alliance:',
    footer: 'This digest is sent at most once a day, and only when there is something new. You can turn it off in your practice’s settings.',
  },
};

/** Only the client's name and the kind of alert: nothing she wrote, no score. */
export function alertDigestMail(a: { language: MailLanguage; practiceName: string; alerts: { kind: AlertKind; clientName: string; at: Date }[]; url: string }): Mail {
  const t = digest[a.language];
  const practice = oneLine(a.practiceName) || 'Alliance';
  const n = a.alerts.length;
  const groups = ALERT_ORDER.map((kind) => {
    const alerts = a.alerts.filter((x) => x.kind === kind).sort((x, y) => x.at.getTime() - y.at.getTime());
    if (alerts.length === 0) return '';
    const lines = alerts.map((x) => `  – ${oneLine(x.clientName)} (${formats[a.language].short.format(x.at)})`);
    return [`${t.kinds[kind]} (${alerts.length})`, ...lines].join('\n');
  });
  return {
    subject: t.subject(practice, n),
    body: paragraphs(hello(a.language, ''), n ? t.intro(n) : t.none, ...groups, `${t.link}\n${a.url.trim()}`, t.footer, 'Alliance'),
  };
}

// ——— Reminders, the day before ———

export function sessionReminderMail(a: { language: MailLanguage; firstName: string; at: Date }): Mail {
  const at = when(a.language, a.at);
  return a.language === 'fr'
    ? { subject: `Rappel : votre séance ${at}`, body: paragraphs(hello('fr', a.firstName), `Petit rappel : notre séance a lieu ${at} (${parisTime.fr}).`, 'À bientôt.') }
    : { subject: `Reminder: your session on ${at}`, body: paragraphs(hello('en', a.firstName), `A quick reminder: our session is on ${at} (${parisTime.en}).`, 'See you soon.') };
}

export function programmeReminderMail(a: { language: MailLanguage; firstName: string; title: string; place?: string; at: Date }): Mail {
  const at = when(a.language, a.at);
  const title = oneLine(a.title);
  const place = a.place ? oneLine(a.place) : '';
  if (a.language === 'fr') {
    const day = title ? `la journée « ${title} »` : 'la journée de programme';
    return {
      subject: `Rappel : ${title || 'journée de programme'}, ${at}`,
      body: paragraphs(hello('fr', a.firstName), `Petit rappel : ${day} a lieu ${at} (${parisTime.fr})${place ? `, ${place}` : ''}.`, 'À bientôt.'),
    };
  }
  const day = title ? `the programme day “${title}”` : 'the programme day';
  return {
    subject: `Reminder: ${title || 'programme day'}, ${at}`,
    body: paragraphs(hello('en', a.firstName), `A quick reminder: ${day} is on ${at} (${parisTime.en})${place ? `, ${place}` : ''}.`, 'See you soon.'),
  };
}
