import nodemailer from 'nodemailer';

/** Sends one plain-text e-mail; resolves once the mail server has accepted it. */
export interface Mailer {
  send(m: { to: string; subject: string; body: string }): Promise<void>;
  close(): void;
}

/**
 * The mail server named by SMTP_URL (smtp://user:pass@host:587, STARTTLS when the
 * server offers it; smtps://…:465 for TLS from the start), or null when there is
 * none: then messages wait in the outbox, where the coach reads them.
 */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer | null {
  if (!smtpUrl) return null;
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 1,
    // A mail server that does not answer must not hold delivery for minutes (the defaults).
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  return {
    async send({ to, subject, body }) {
      await transport.sendMail({
        from,
        to,
        subject,
        text: body,
        // Written by software, not a person: out-of-office replies should not answer it (RFC 3834).
        headers: { 'Auto-Submitted': 'auto-generated' },
      });
    },
    close: () => transport.close(),
  };
}

/** What may be shown of SMTP_URL: the host and port, never the credentials. */
export function smtpHost(smtpUrl: string): string {
  try {
    return new URL(smtpUrl).host;
  } catch {
    return 'the configured server';
  }
}
