// The hand-made graph as the gold standard of the ingest bench: for each seed article, the entities it MENTIONS,
// the quotes its REPORTS edges carry with the claim's claimants and date, and its publication date and file.
import type { Driver } from 'neo4j-driver';

export interface GoldQuote {
  claimId: string;
  quote: string;
  claimantIds: string[];
  date: string | null;
}

export interface GoldArticle {
  id: string;
  file: string;
  published: string | null;
  publishedPrecision: string | null;
  outlet: string | null;
  mentionIds: string[];
  quotes: GoldQuote[];
}

const GOLD = `
MATCH (a:Article)
RETURN a.id AS id, a.file AS file, a.published AS published, a.publishedPrecision AS publishedPrecision,
       a.outlet AS outlet,
       [(a)-[:MENTIONS]->(n) | n.id] AS mentionIds,
       [(a)-[r:REPORTS]->(c:Claim) WHERE r.quote IS NOT NULL |
         {claimId: c.id, quote: r.quote, date: c.date, claimantIds: [(who)-[:CLAIMED]->(c) | who.id]}] AS quotes
ORDER BY a.file`;

export async function readGoldArticles(driver: Driver, database?: string): Promise<GoldArticle[]> {
  const result = await driver.executeQuery(GOLD, {}, { database, routing: 'READ' });
  return result.records.map((record) => ({
    id: record.get('id') as string,
    file: record.get('file') as string,
    published: record.get('published') as string | null,
    publishedPrecision: record.get('publishedPrecision') as string | null,
    outlet: record.get('outlet') as string | null,
    mentionIds: record.get('mentionIds') as string[],
    quotes: record.get('quotes') as GoldQuote[],
  }));
}
