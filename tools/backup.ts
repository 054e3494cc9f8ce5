// `npm run backup [-- --out <file>]`: writes every user saved query to a plain JSON file (default
// backups/user-data-<time>.json), which `npm run restore` reads back. Reading only: the database is left as it was.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openUserDataDatabase } from './user-data/user-data-database';
import { timestampedBackupFile, writeUserDataFile } from './user-data/user-data-file';
import { readSavedQueries } from './user-data/user-data.repository';

const log = (line: string): void => console.log(line);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } }, strict: true });
  const exportedAt = new Date().toISOString();
  const file = values.out ? path.resolve(values.out) : timestampedBackupFile('backups', 'user-data', exportedAt);
  const database = await openUserDataDatabase(log);
  try {
    const savedQueries = await readSavedQueries(database.driver, process.env.NEO4J_DATABASE || undefined);
    const written = writeUserDataFile(file, savedQueries, exportedAt);
    log(`Backed up ${savedQueries.length} saved queries to ${written}.`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`\nThe backup failed:\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
