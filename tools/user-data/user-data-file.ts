// Writes users' saved queries as the plain JSON file `npm run restore` reads back: the one format of a backup, for
// `npm run backup` and for the copy an offline import keeps before it replaces a database.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { USER_DATA_FORMAT, type BackedUpQuery, type UserData } from './user-data.schema';

/** A fresh file name in `folder`, e.g. backups/user-data-2026-11-22T22-58-16-000Z.json. */
export function timestampedBackupFile(folder: string, prefix: string, exportedAt: string): string {
  return path.resolve(folder, `${prefix}-${exportedAt.replace(/[:.]/g, '-')}.json`);
}

/** Writes the file (creating its folder) and returns its path relative to the working directory, for messages. */
export function writeUserDataFile(file: string, savedQueries: BackedUpQuery[], exportedAt: string): string {
  const data: UserData = { format: USER_DATA_FORMAT, version: 1, exportedAt, savedQueries };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  return path.relative(process.cwd(), file) || file;
}
