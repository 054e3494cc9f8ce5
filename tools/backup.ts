// `npm run backup [-- --out <file>]`: writes every user saved query to a plain JSON file (default
// backups/user-data-<time>.json), which `npm run restore` reads back. Reading only: the database is left as it was.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openUserDataDatabase } from './user-data/user-data-database';
import { readSavedQueries } from './user-data/user-data.repository';
import { USER_DATA_FORMAT, type UserData } from './user-data/user-data.schema';

const log = (line: string): void => console.log(line);

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } }, strict: true });
  const exportedAt = new Date().toISOString();
  const file = path.resolve(values.out ?? path.join('backups', `user-data-${exportedAt.replace(/[:.]/g, '-')}.json`));
  const database = await openUserDataDatabase(log);
  try {
    const data: UserData = {
      format: USER_DATA_FORMAT,
      version: 1,
      exportedAt,
      savedQueries: await readSavedQueries(database.driver, process.env.NEO4J_DATABASE || undefined),
    };
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
    log(`Backed up ${data.savedQueries.length} saved queries to ${path.relative(process.cwd(), file) || file}.`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`\nThe backup failed:\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
