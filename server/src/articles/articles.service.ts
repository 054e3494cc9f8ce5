// Adding an article: a preview proposes entities and claims from the text and writes nothing; the graph's names and
// aliases come from the gazetteer cache (gazetteer-cache.ts), which a save here clears so a just-saved article is
// known to the next preview, and the claims it may link to are read for each preview. Saving writes the reviewed
// article as a Cypher file in the repository's style and loads it (see save-article.ts).
import type { Driver } from 'neo4j-driver';
import type { QueryTarget } from '../db/query-target';
import type { PreviewRequest, Proposal, SaveRequest, SaveResult } from './articles.schema';
import { nextArticleNumber } from './article-files';
import { readEntityCounts, readGazetteer } from './articles.repository';
import { GazetteerCache } from './gazetteer-cache';
import { proposeFromGraph } from './propose-from-graph';
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
  private readonly gazetteers: GazetteerCache;

  constructor(
    private readonly driver: Driver,
    private readonly options: ArticlesOptions,
  ) {
    this.gazetteers = new GazetteerCache({
      graph: options.target.database ?? '',
      counts: () => readEntityCounts(driver, options.target),
      entries: () => readGazetteer(driver, options.target),
    });
  }

  async preview(request: PreviewRequest): Promise<Proposal> {
    return proposeFromGraph(request, {
      driver: this.driver,
      target: this.options.target,
      gazetteer: await this.gazetteers.get(),
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
    // Even a failed save may have written part of the graph: the next preview reads the names again.
    return run.finally(() => this.gazetteers.clear());
  }
}
