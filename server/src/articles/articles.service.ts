// Adding an article: a preview proposes entities and claims from the text and writes nothing; the graph's names,
// aliases and claims are read fresh for each preview so a just-saved article is known to the next one.
import type { Driver } from 'neo4j-driver';
import type { PreviewRequest, Proposal } from './articles.schema';
import { nextArticleNumber } from './article-files';
import { readExistingClaims, readGazetteer } from './articles.repository';
import { Gazetteer } from './pipeline/gazetteer';
import { proposeArticle } from './pipeline/propose-article';

export interface ArticlesOptions {
  /** The Cypher folder new articles are written to and numbered in (cypher/ unless CYPHER_DIR says otherwise). */
  cypherDir: string;
  database?: string;
}

export class ArticlesService {
  constructor(
    private readonly driver: Driver,
    private readonly options: ArticlesOptions,
  ) {}

  async preview(request: PreviewRequest): Promise<Proposal> {
    const [entries, existingClaims] = await Promise.all([
      readGazetteer(this.driver, this.options.database),
      readExistingClaims(this.driver, this.options.database),
    ]);
    return proposeArticle(request, {
      gazetteer: new Gazetteer(entries),
      existingClaims,
      articleNumber: nextArticleNumber(this.options.cypherDir),
    });
  }
}
