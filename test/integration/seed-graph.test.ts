// The seed knowledge graph as loaded into the real test Neo4j: complete provenance, verbatim quotes, one node per
// real thing, and spot checks of facts from each of the five articles.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { readGraphCounts } from '../../tools/loader/graph-counts.repository';
import { CYPHER_ROOT, loadCypher } from '../../tools/loader/load-cypher';
import {
  expectedAliases,
  expectedArticles,
  expectedClaimRelations,
  expectedCounts,
  expectedSharedClaims,
  expectedSpotChecks,
} from '../fixtures/seed-facts.fixtures';
import { testDriver } from '../setup/test-neo4j';

const driver = testDriver();
afterAll(async () => driver.close());

async function rows(query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  const result = await driver.executeQuery(query, params, { routing: 'READ' });
  // Figures come back as Neo4j Integers; the assertions compare plain numbers.
  return result.records.map((record) =>
    Object.fromEntries(
      Object.entries(record.toObject()).map(([key, value]) => [key, neo4j.isInt(value) ? value.toNumber() : value]),
    ),
  );
}

function articleText(file: string): string {
  return readFileSync(path.join(CYPHER_ROOT, 'articles', file), 'utf8');
}

describe('the seed knowledge graph', () => {
  it('has the expected number of nodes per label and relationships per type, before and after a reload', async () => {
    const before = await readGraphCounts(driver);
    expect(before.labels).toEqual(expectedCounts.labels);
    expect(before.relationshipTypes).toEqual(expectedCounts.relationships);
    await loadCypher(driver);
    expect(await readGraphCounts(driver)).toEqual(before);
  });

  it('gives every claim a claimant, a date and at least one source article', async () => {
    const incomplete = await rows(`
      MATCH (c:Claim)
      WHERE NOT EXISTS { (:Person|Agency)-[:CLAIMED]->(c) }
         OR NOT EXISTS { (:Article)-[:REPORTS]->(c) }
         OR c.date IS NULL OR NOT c.date =~ '\\d{4}-\\d{2}-\\d{2}'
         OR c.text IS NULL OR c.kind IS NULL
      RETURN c.id AS id`);
    expect(incomplete).toEqual([]);
  });

  it('gives every claim something it is about and every CLAIMED edge a channel', async () => {
    expect(await rows('MATCH (c:Claim) WHERE NOT EXISTS { (c)-[:ABOUT]->() } RETURN c.id AS id')).toEqual([]);
    expect(await rows('MATCH (s)-[r:CLAIMED]->(c) WHERE r.channel IS NULL RETURN s.id AS s, c.id AS c')).toEqual([]);
  });

  it('quotes every article verbatim: each REPORTS quote is found in its article text', async () => {
    const quotes = await rows(`
      MATCH (a:Article)-[r:REPORTS]->(c:Claim) WHERE r.quote IS NOT NULL
      RETURN a.file AS file, c.id AS claim, r.quote AS quote`);
    expect(quotes.length).toBeGreaterThan(20);
    const missing = quotes.filter((q) => !articleText(q.file as string).includes(q.quote as string));
    expect(missing).toEqual([]);
  });

  it('keeps one node per real thing: no two nodes of a label share a name or an alias', async () => {
    const clashes = await rows(`
      MATCH (n) WHERE n.name IS NOT NULL
      UNWIND labels(n) AS label
      UNWIND [n.name] + coalesce(n.aliases, []) AS spelling
      WITH label, toLower(trim(spelling)) AS spelling, collect(DISTINCT n.id) AS ids
      WHERE size(ids) > 1
      RETURN label, spelling, ids`);
    expect(clashes).toEqual([]);
  });

  it('gives every node a stable id with its label as prefix and a display name', async () => {
    const bad = await rows(`
      MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '_')
      WITH n, toLower(labels(n)[0]) AS prefix
      WHERE n.id IS NULL OR NOT n.id STARTS WITH prefix + ':' OR n.name IS NULL OR trim(n.name) = ''
      RETURN n.id AS id, labels(n) AS labels`);
    expect(bad).toEqual([]);
  });

  it('resolves spelling variants to one node with the others as aliases', async () => {
    for (const { id, label, name, alias } of expectedAliases) {
      const found = await rows(`MATCH (n {id: $id}) RETURN labels(n) AS labels, n.name AS name, n.aliases AS aliases`, {
        id,
      });
      expect(found, id).toHaveLength(1);
      expect(found[0]).toMatchObject({ labels: [label], name });
      expect(found[0]?.aliases, id).toContain(alias);
    }
  });

  it('describes each article with its file, outlet, publication date and author', async () => {
    for (const article of expectedArticles) {
      const [found] = await rows(
        `MATCH (a:Article {id: $id})
         OPTIONAL MATCH (a)-[:PUBLISHED_BY]->(o:Agency)
         RETURN a.file AS file, a.title AS title, a.outlet AS outlet, a.published AS published, a.author AS author,
                a.dateNote AS dateNote, o.id AS outletId`,
        { id: article.id },
      );
      expect(found, article.id).toMatchObject({
        file: article.file,
        title: article.title,
        outlet: article.outlet,
        published: article.published,
        author: article.author,
        outletId: article.outletId,
      });
      expect(found?.dateNote, `${article.id} says how its date was inferred`).toEqual(expect.any(String));
      expect(articleText(article.file).length).toBeGreaterThan(1000);
    }
  });

  it('answers, for each article, who said what: spot checks of claimant, date, quote, figures and subjects', async () => {
    const files = new Set(expectedSpotChecks.map((check) => check.articleFile));
    expect(files.size).toBe(5);
    for (const check of expectedSpotChecks) {
      const [found] = await rows(
        `MATCH (a:Article {file: $file})-[r:REPORTS]->(c:Claim {id: $claimId})
         MATCH (s {id: $claimantId})-[cl:CLAIMED]->(c)
         RETURN c.date AS date, r.quote AS quote, cl.channel AS channel, c.countMin AS countMin,
                c.countMax AS countMax, c.measure AS measure, [(c)-[:ABOUT]->(t) | t.id] AS aboutIds`,
        { file: check.articleFile, claimId: check.claimId, claimantId: check.claimantId },
      );
      expect(found, check.description).toBeDefined();
      expect(found?.date, check.description).toBe(check.date);
      expect(found?.channel, check.description).toBe(check.channel);
      if (check.quoteIncludes) expect(found?.quote, check.description).toContain(check.quoteIncludes);
      if (check.paraphrased) expect(found?.quote ?? null, check.description).toBeNull();
      if (check.countMin !== undefined) expect(found?.countMin, check.description).toBe(check.countMin);
      if (check.countMax !== undefined) expect(found?.countMax, check.description).toBe(check.countMax);
      if (check.measure) expect(found?.measure, check.description).toBe(check.measure);
      expect([...(found?.aboutIds as string[])].sort(), check.description).toEqual([...check.aboutIds].sort());
    }
  });

  it('keeps a statement reported by several articles as one claim with one source per article', async () => {
    for (const { claimId, articleFiles } of expectedSharedClaims) {
      const sources = await rows('MATCH (a:Article)-[:REPORTS]->(:Claim {id: $claimId}) RETURN a.file AS file', {
        claimId,
      });
      expect(sources.map((s) => s.file).sort(), claimId).toEqual([...articleFiles].sort());
    }
  });

  it('links claims that corroborate or contradict each other, with a note saying why', async () => {
    for (const { from, type, to } of expectedClaimRelations) {
      const found = await rows(`MATCH (:Claim {id: $from})-[r:${type}]->(:Claim {id: $to}) RETURN r.note AS note`, {
        from,
        to,
      });
      expect(found, `${from} ${type} ${to}`).toHaveLength(1);
      expect(found[0]?.note, `${from} ${type} ${to}`).toEqual(expect.any(String));
    }
  });

  it('keeps figures as numbers so casualty claims can be compared', async () => {
    const figures = await rows(`
      MATCH (c:Claim) WHERE c.countMin IS NOT NULL OR c.countMax IS NOT NULL
      RETURN c.id AS id, c.countMin AS min, c.countMax AS max,
             valueType(c.countMin) AS minType, valueType(c.countMax) AS maxType`);
    expect(figures.length).toBeGreaterThan(10);
    for (const figure of figures) {
      if (figure.min !== null) expect(figure.minType, figure.id as string).toMatch(/^INTEGER/);
      if (figure.max !== null) expect(figure.maxType, figure.id as string).toMatch(/^INTEGER/);
    }
    const casualtyFigures = await rows(`
      MATCH (s)-[:CLAIMED]->(c:Claim {kind: 'casualties'}) WHERE c.countMin IS NOT NULL OR c.countMax IS NOT NULL
      RETURN DISTINCT s.id AS claimant`);
    expect(casualtyFigures.map((r) => r.claimant)).toEqual(expect.arrayContaining(['agency:gur']));
    expect(casualtyFigures.length).toBeGreaterThanOrEqual(4);
  });
});
