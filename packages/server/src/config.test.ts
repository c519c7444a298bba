import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('configuration', () => {
  it('needs nothing: port 3000 on this machine only, the embedded database in ./data, the demo on', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined, seedDemo: true });
    expect(c.dataDir.endsWith('/data')).toBe(true);
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
