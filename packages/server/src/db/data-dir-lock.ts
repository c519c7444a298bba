import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'alliance.pid';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid of a live process holding the data folder, if any. */
export function dataDirHolder(dataDir: string): number | null {
  const file = join(dataDir, LOCK_FILE);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) ? pid : null;
}

/**
 * The embedded database belongs to one process: a second one opening the same
 * folder would corrupt it. A stale lock (its process is gone, e.g. after a crash)
 * is taken over.
 */
export function holdDataDir(dataDir: string): void {
  const holder = dataDirHolder(dataDir);
  if (holder) {
    throw new Error(`The data folder ${dataDir} is in use by process ${holder}. Stop it first, or set DATA_DIR to another folder.`);
  }
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  writeFileSync(file, String(process.pid));
  process.once('exit', () => {
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file);
    } catch {
      /* already gone */
    }
  });
}
