import { type Config, loadConfig } from '../config.js';
import { loadMasterKeyring, type MasterKeyring } from '../crypto/master-key.js';
import { holdDataDir } from '../db/data-dir-lock.js';
import { type DatabaseHandle, openDatabase } from '../db/database.js';

/**
 * What the command-line tools (backup, restore, key rotation) start from: the
 * configuration, the master key ring and the database. The embedded database
 * admits one process, so with it a tool runs only while Alliance is stopped.
 */
export async function openForTool(): Promise<{ config: Config; ring: MasterKeyring; database: DatabaseHandle }> {
  const config = loadConfig();
  try {
    if (!config.databaseUrl) holdDataDir(config.dataDir);
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
  const ring = loadMasterKeyring(config.masterKey, config.dataDir);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  return { config, ring, database };
}
