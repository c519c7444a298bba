/** What an authenticator app needs from the otpauth:// link, to type it in by hand. */
export interface TotpSetup {
  secret: string;
  issuer: string | null;
  account: string | null;
}

/** Reads `otpauth://totp/Issuer:account?secret=…&issuer=…`; null when it is not one. */
export function parseOtpauth(uri: string): TotpSetup | null {
  const match = /^otpauth:\/\/totp\/([^?]*)\?(.*)$/i.exec(uri.trim());
  if (!match) return null;
  const params = new URLSearchParams(match[2]);
  const secret = (params.get('secret') ?? '').replace(/[\s=]/g, '').toUpperCase();
  if (!/^[A-Z2-7]+$/.test(secret)) return null;
  let label = '';
  try {
    label = decodeURIComponent(match[1] ?? '');
  } catch {
    label = match[1] ?? '';
  }
  const colon = label.indexOf(':');
  const account = (colon >= 0 ? label.slice(colon + 1) : label).trim() || null;
  const issuer = params.get('issuer')?.trim() || (colon >= 0 ? label.slice(0, colon).trim() : '') || null;
  return { secret, issuer, account };
}

/** "JBSW Y3DP EHPK 3PXP": blocks of four, easier to copy by eye. */
export function groupSecret(secret: string, size = 4): string {
  const clean = secret.replace(/\s/g, '');
  const blocks: string[] = [];
  for (let i = 0; i < clean.length; i += size) blocks.push(clean.slice(i, i + size));
  return blocks.join(' ');
}
