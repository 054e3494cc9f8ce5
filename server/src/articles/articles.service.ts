// Adding an article: a preview proposes entities and claims from the text and writes nothing; the graph's names,
// aliases and claims are read fresh for each preview so a just-saved article is known to the next one. Saving writes
// the reviewed article as a Cypher file in the repository's style and loads it (see save-article.ts).
import type { Driver } from 'neo4j-driver';
import type { QueryTarget } from '../db/query-target';
import type { PreviewRequest, Proposal, SaveRequest, SaveResult } from './articles.schema';
import { nextArticleNumber } from './article-files';
import { readExistingClaims, readGazetteer } from './articles.repository';
import { Gazetteer } from './pipeline/gazetteer';
import { proposeArticle } from './pipeline/propose-article';
import { saveArticle, type LoadScript } from './save-article';

export interface ArticlesOptions {
  /** The Cypher folder new articles are written to and numbered in (cypher/ unless CYPHER_DIR says otherwise). */
  cypherDir: string;
  /** The database and QUERY_TIMEOUT_MS the graph is read with. */
  target: QueryTarget;
  /** Loads one written script in one transaction (tools/loader's loadScript). */
  load: LoadScript;
}

export class ArticlesService {
  constructor(
    private readonly driver: Driver,
    private readonly options: ArticlesOptions,
  ) {}

  async preview(request: PreviewRequest): Promise<Proposal> {
    const [entries, existingClaims] = await Promise.all([
      readGazetteer(this.driver, this.options.target),
      readExistingClaims(this.driver, this.options.target),
    ]);
    return proposeArticle(request, {
      gazetteer: new Gazetteer(entries),
      existingClaims,
      articleNumber: nextArticleNumber(this.options.cypherDir),
    });
  }

  /** One save at a time, so two reviews never take the same article number. */
  private saving: Promise<unknown> = Promise.resolve();

  save(request: SaveRequest): Promise<SaveResult> {
    const run = this.saving.then(() =>
      saveArticle(request, {
        driver: this.driver,
        target: this.options.target,
        cypherDir: this.options.cypherDir,
        load: this.options.load,
      }),
    );
    this.saving = run.catch(() => undefined);
    return run;
  }
}
