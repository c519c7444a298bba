import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { loadMasterKeyring } from './crypto/master-key.js';
import { holdDataDir } from './db/data-dir-lock.js';
import { openDatabase } from './db/database.js';
import { startOutboxDelivery } from './mail/delivery.js';
import { createMailer, smtpHost } from './mail/mailer.js';
import { startReminders } from './reminders/worker.js';
import { startAlertPasses } from './alerts/worker.js';
import { seedDemoPractice } from './seed/demo.js';

const config = loadConfig();
if (!config.databaseUrl) holdDataDir(config.dataDir);
const masterKey = loadMasterKeyring(config.masterKey, config.dataDir);
const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.dataDir,
  onIdleError: (err) => console.error(`PostgreSQL connection lost while idle (${err.message}); a new one opens on the next query.`),
});
const mailer = createMailer(config.smtpUrl, config.smtpFrom);
// Routes that write a message (a sign-in link) nudge the sender, which starts once the app is built.
let nudgeDelivery = () => {};
const app = await buildApp({
  database,
  masterKey,
  webDistDir: config.webDistDir,
  publicUrl: config.publicUrl,
  logLevel: config.logLevel,
  redisUrl: config.redisUrl,
  mail: { delivery: mailer ? 'smtp' : 'outbox', nudge: () => nudgeDelivery() },
});
const demo = config.seedDemo ? await seedDemoPractice(app) : null;

await app.listen({ port: config.port, host: config.host });
const shown = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(config.host) ? 'localhost' : config.host;
const address = config.publicUrl ?? `http://${shown}:${(app.server.address() as { port: number }).port}`;
console.log(`\nAlliance is ready: ${address}`);
console.log(`Database: ${database.kind === 'embedded' ? `embedded, in ${config.dataDir}` : 'PostgreSQL server'}`);
if (demo) console.log(`Demo practice: sign in as ${demo.email} / ${demo.password} (remove it in one click from its dashboard)`);
console.log(config.smtpUrl ? `E-mail: SMTP via ${smtpHost(config.smtpUrl)}` : 'E-mail: not configured — messages wait in the outbox (Agenda › Outbox, /outbox)');
const stopReminders = startReminders({ db: app.services.db, vault: app.services.vault, practices: app.services.practices }, config.reminderIntervalMs, app.log);
const { db, vault, practices, invitations } = app.services;
// Overdue commitments and the daily digest are looked for as often as reminders.
const stopAlerts = startAlertPasses({ db, vault, practices, invitations, publicUrl: config.publicUrl, nudge: () => nudgeDelivery() }, config.reminderIntervalMs, app.log);
const delivery = startOutboxDelivery({ db: app.services.db, vault: app.services.vault, practices: app.services.practices, mailer, log: app.log }, config.mailIntervalMs);
nudgeDelivery = delivery.nudge;

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'stopping');
  // A pass under way ends (the message being sent, if any, is marked sent) before the database closes.
  await Promise.all([stopReminders(), stopAlerts(), delivery.stop()]);
  mailer?.close();
  // Finish requests in flight, then close the database so every acknowledged write is on disk.
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
