// `npm run ingest -- path/to/article.txt [--published YYYY-MM-DD] [--outlet NAME]`: runs the proposal pipeline on an
// article file (.txt, or .html) against the graph (NEO4J_URI, or the local Neo4j), writes the draft
// cypher/data/10-articles/NNN-<slug>.cypher and the article text to cypher/articles/ without loading them, and prints
// what it found. Review the draft in an editor and git, then `npm run load:graph`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { acceptProposal } from '../server/src/articles/accept-proposal';
import { readGazetteer } from '../server/src/articles/articles.repository';
import { proposeFromGraph } from '../server/src/articles/propose-from-graph';
import { nextArticleNumber } from '../server/src/articles/article-files';
import { Gazetteer } from '../server/src/articles/pipeline/gazetteer';
import { saveArticle } from '../server/src/articles/save-article';
import { CYPHER_ROOT } from './loader/load-cypher';
import { openDatabase } from './database';
import { parseIngestArgs } from './ingest/parse-ingest-args';
import { printProposal } from './ingest/print-proposal';
import { loadLocalEnv } from './local-config';

const log = (line: string): void => console.log(line);

async function main(): Promise<void> {
  const args = parseIngestArgs(process.argv.slice(2));
  const text = readFileSync(args.file, 'utf8');
  const format = /\.html?$/i.test(args.file) ? 'html' : 'text';
  const cypherDir = process.env.CYPHER_DIR ? path.resolve(process.env.CYPHER_DIR) : CYPHER_ROOT;
  const database = await openDatabase(loadLocalEnv(), log);
  // A command a person runs and watches: no per-query timeout, as for the loader.
  const target = { database: process.env.NEO4J_DATABASE || undefined, timeoutMs: 0 };
  try {
    const entries = await readGazetteer(database.driver, target);
    if (entries.length === 0) log('The graph is empty, so nothing can be matched: run "npm run load:graph" first.');
    const proposal = await proposeFromGraph(
      { text, format, published: args.published, outlet: args.outlet, title: args.title, url: args.url },
      {
        driver: database.driver,
        target,
        gazetteer: new Gazetteer(entries),
        articleNumber: nextArticleNumber(cypherDir),
      },
    );
    printProposal(proposal, log);
    const saved = await saveArticle(acceptProposal(proposal), {
      driver: database.driver,
      target,
      cypherDir,
      // A draft: written for review, not loaded.
      load: async () => undefined,
    });
    log(
      `\nWrote ${path.join(cypherDir, saved.article.script)} and ${path.join(cypherDir, 'articles', saved.article.file)}.`,
    );
    log('Review and edit the draft (ids, paraphrases, subjects, links), then load it with "npm run load:graph".');
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`\nIngest failed:\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
