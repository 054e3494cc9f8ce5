// `npm run restore -- <file>`: brings back the user saved queries of a backup made by `npm run backup`. Each query
// is created, or updated to the backup's version when its id exists; queries saved since the backup are kept, and
// running the same restore twice changes nothing the second time.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openUserDataDatabase } from './user-data/user-data-database';
import { mergeSavedQueries } from './user-data/user-data.repository';
import { userDataSchema, type UserData } from './user-data/user-data.schema';

const log = (line: string): void => console.log(line);

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true, strict: true });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new Error('Usage: npm run restore -- <backup file.json>');
  const data = readBackup(file);
  const database = await openUserDataDatabase(log);
  try {
    const { created, updated } = await mergeSavedQueries(
      database.driver,
      data.savedQueries,
      process.env.NEO4J_DATABASE || undefined,
    );
    log(`Restored ${data.savedQueries.length} saved queries from ${file}: ${created} created, ${updated} updated.`);
  } finally {
    await database.close();
  }
}

function readBackup(file: string): UserData {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${file} as JSON: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  const parsed = userDataSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`${file} is not a backup this explorer can restore; nothing was changed:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

main().catch((error: unknown) => {
  console.error(`\nThe restore failed:\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
