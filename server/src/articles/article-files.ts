// Where article files live in a Cypher folder (cypher/ by default, CYPHER_DIR in tests): the next free article
// number, taken from both the article scripts and the copied article texts.
import { readdirSync } from 'node:fs';
import path from 'node:path';

export const ARTICLE_SCRIPTS = path.join('data', '10-articles');
export const ARTICLE_TEXTS = 'articles';

export function nextArticleNumber(cypherDir: string): string {
  const numbers = [ARTICLE_SCRIPTS, ARTICLE_TEXTS].flatMap((folder) =>
    listNames(path.join(cypherDir, folder)).map((name) => Number(/^(\d{3,})[-_]/.exec(name)?.[1] ?? -1)),
  );
  const next = Math.max(-1, ...numbers) + 1;
  return String(next).padStart(3, '0');
}

function listNames(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
