import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration', () => {
  it('needs nothing: port 3000 on this machine only, the embedded database in ./data, the demo on', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined, seedDemo: true });
    expect(c.dataDir.endsWith('/data')).toBe(true);
  });

  it('sends no e-mail unless told where: messages then wait in the outbox', () => {
    expect(loadConfig({})).toMatchObject({ smtpUrl: undefined, smtpFrom: 'Alliance <no-reply@localhost>', mailIntervalMs: 10_000 });
    expect(loadConfig({ SMTP_URL: '' }).smtpUrl).toBeUndefined();
  });

  it('reads the mail server, the sender and how often waiting e-mail goes out', () => {
    const c = loadConfig({ SMTP_URL: 'smtps://alliance:s3cret@mail.example.org:465', SMTP_FROM: 'Cabinet Vasseur <agenda@vasseur.example>', MAIL_INTERVAL_MS: '2000' });
    expect(c).toMatchObject({ smtpUrl: 'smtps://alliance:s3cret@mail.example.org:465', smtpFrom: 'Cabinet Vasseur <agenda@vasseur.example>', mailIntervalMs: 2000 });
    expect(loadConfig({ SMTP_URL: 'smtp://localhost:2525' }).smtpUrl).toBe('smtp://localhost:2525');
    expect(loadConfig({ MAIL_INTERVAL_MS: '0' }).mailIntervalMs).toBe(0);
  });

  it('refuses a mail server that is not an smtp:// or smtps:// address, without repeating its password', () => {
    for (const url of ['https://mail.example.org', 'mail.example.org', 'smtp:nowhere']) expect(() => loadConfig({ SMTP_URL: url }), url).toThrow(/SMTP_URL/);
    let message = '';
    try {
      loadConfig({ SMTP_URL: 'http://alliance:s3cret@mail.example.org' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/SMTP_URL/);
    expect(message).not.toContain('s3cret');
    expect(() => loadConfig({ SMTP_FROM: 'Alliance' })).toThrow(/SMTP_FROM/);
    expect(() => loadConfig({ MAIL_INTERVAL_MS: '-1' })).toThrow(/MAIL_INTERVAL_MS/);
  });

  it('reads every setting from the environment', () => {
    const c = loadConfig({ PORT: '4100', HOST: '0.0.0.0', DATA_DIR: '/tmp/x', DATABASE_URL: 'postgres://u@h/db', DEMO: 'off', LOG_LEVEL: 'warn' });
    expect(c).toMatchObject({ port: 4100, host: '0.0.0.0', dataDir: '/tmp/x', databaseUrl: 'postgres://u@h/db', seedDemo: false, logLevel: 'warn' });
  });

  it('treats an empty DATABASE_URL as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('names the setting it refuses', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DEMO: 'maybe' })).toThrow(/DEMO/);
  });
});
