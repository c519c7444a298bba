import { describe, expect, it } from 'vitest';
import { groupSecret, parseOtpauth } from './otpauth';

describe('parseOtpauth', () => {
  it('reads the secret, issuer and account of a TOTP link', () => {
    expect(parseOtpauth('otpauth://totp/Alliance:camille%40exemple.fr?secret=JBSWY3DPEHPK3PXP&issuer=Alliance&algorithm=SHA1&digits=6&period=30')).toEqual({
      secret: 'JBSWY3DPEHPK3PXP',
      issuer: 'Alliance',
      account: 'camille@exemple.fr',
    });
  });
  it('takes the issuer from the label when the parameter is missing, and normalises the secret', () => {
    expect(parseOtpauth('otpauth://totp/Cabinet:me?secret=jbsw%20y3dp==')).toEqual({ secret: 'JBSWY3DP', issuer: 'Cabinet', account: 'me' });
  });
  it('refuses what is not a TOTP link or has no usable secret', () => {
    expect(parseOtpauth('https://example.com/?secret=JBSW')).toBeNull();
    expect(parseOtpauth('otpauth://hotp/A:b?secret=JBSW')).toBeNull();
    expect(parseOtpauth('otpauth://totp/A:b?issuer=A')).toBeNull();
    expect(parseOtpauth('otpauth://totp/A:b?secret=not-base32!')).toBeNull();
  });
});

describe('groupSecret', () => {
  it('groups in blocks of four', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
    expect(groupSecret('ABCDEF')).toBe('ABCD EF');
    expect(groupSecret('')).toBe('');
  });
});
