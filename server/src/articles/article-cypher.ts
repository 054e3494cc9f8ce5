// Writes a reviewed article as a Cypher script in the style of the hand-written cypher/data/10-articles files:
// MERGE on id then SET every property, each relationship MERGEd between two MATCHed nodes, sections with "// ──"
// headings, quotes escaped. New entities are defined at the top of the article's own file, so the file stands alone.
import type { SaveRequest } from './articles.schema';

export interface ResolvedEntity {
  id: string;
  label: 'Person' | 'Agency' | 'Place' | 'Event';
  name: string;
  aliases: string[];
  isNew: boolean;
}

export interface ResolvedClaim {
  id: string;
  caption: string;
  claimant: ResolvedEntity;
  about: ResolvedEntity[];
  claim: SaveRequest['claims'][number];
}

export interface ArticleScript {
  articleId: string;
  textFile: string;
  article: SaveRequest['article'];
  outlet: ResolvedEntity | null;
  entities: ResolvedEntity[];
  claims: ResolvedClaim[];
}

/** A Cypher string literal: single quotes, backslash escapes, and no "//" (the house rule for strings). */
export function cypherString(value: string | null | undefined): string {
  if (value === null || value === undefined) return 'null';
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\r?\n/g, '\\n')
    .replace(/\/\//g, '/\\u002F');
  return `'${escaped}'`;
}

function list(values: string[]): string {
  return `[${values.map(cypherString).join(', ')}]`;
}

function number(value: number | null): string {
  return value === null ? 'null' : String(value);
}

export function articleScript(script: ArticleScript): string {
  const { article, articleId } = script;
  const lines: string[] = [
    `// Article ${script.textFile}: ${article.title.replace(/\n/g, ' ')}`,
    '// Written by the explorer\'s "Add an article" review (POST /api/articles); maintained by hand since.',
    '// Idempotent: MERGE on id, then SET. See cypher/README.md for the model and conventions.',
    '',
  ];
  const fresh = script.entities.filter((entity) => entity.isNew);
  if (fresh.length > 0) {
    lines.push('// ── new entities (move them to data/00-entities when curating the registry)', '');
    for (const entity of fresh) {
      lines.push(
        `MERGE (n:${entity.label} {id: ${cypherString(entity.id)}})`,
        `SET n.name = ${cypherString(entity.name)},`,
        `    n.aliases = ${list(entity.aliases)};`,
        '',
      );
    }
  }
  const a = (key: string, value: string) => `    a.${key} = ${value}`;
  lines.push(
    '// ── the article',
    '',
    `MERGE (a:Article {id: ${cypherString(articleId)}})`,
    `SET ${[
      a('name', cypherString(article.title)).trimStart(),
      a('aliases', '[]'),
      a('title', cypherString(article.title)),
      a('outlet', cypherString(article.outlet ?? 'unknown')),
      a('outletNote', cypherString(article.outletNote)),
      a('author', cypherString(article.author)),
      a('published', cypherString(article.published)),
      a('publishedPrecision', cypherString(article.publishedPrecision)),
      a('dateNote', cypherString(article.dateNote)),
      a('dateline', cypherString(article.dateline)),
      a('url', cypherString(article.url)),
      a('file', cypherString(script.textFile)),
    ].join(',\n')};`,
    '',
  );
  const articleNode = `(a:Article {id: ${cypherString(articleId)}})`;
  if (script.outlet) {
    lines.push(
      `MATCH ${articleNode}, (b:Agency {id: ${cypherString(script.outlet.id)}}) MERGE (a)-[:PUBLISHED_BY]->(b);`,
      '',
    );
  }
  lines.push('// ── MENTIONS: every entity the text names or describes', '');
  for (const entity of script.entities) {
    lines.push(
      `MATCH ${articleNode}, (n:${entity.label} {id: ${cypherString(entity.id)}}) MERGE (a)-[:MENTIONS]->(n);`,
    );
  }
  lines.push('');
  for (const resolved of script.claims) lines.push(...claimLines(resolved));
  lines.push(
    '// ── REPORTS: quote = the claimant’s words as quoted here (verbatim); excerpt = the passage carrying the claim',
    '',
  );
  for (const resolved of script.claims) {
    lines.push(
      `MATCH ${articleNode}, (c:Claim {id: ${cypherString(resolved.id)}})`,
      'MERGE (a)-[r:REPORTS]->(c)',
      `SET r.quote = ${cypherString(resolved.claim.quote)},`,
      `    r.excerpt = ${cypherString(resolved.claim.excerpt)};`,
      '',
    );
  }
  const relations = script.claims.flatMap((resolved) =>
    resolved.claim.relatedClaims.map((related) => ({ resolved, related })),
  );
  if (relations.length > 0) {
    lines.push('// ── claim relations accepted in review', '');
    for (const { resolved, related } of relations) {
      lines.push(
        `MATCH (c:Claim {id: ${cypherString(resolved.id)}}), (o:Claim {id: ${cypherString(related.id)}})`,
        `MERGE (c)-[r:${related.type}]->(o)`,
        `SET r.basis = ${cypherString(related.basis)},`,
        `    r.note = ${cypherString(related.reason)};`,
        '',
      );
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function claimLines({ id, caption, claimant, about, claim }: ResolvedClaim): string[] {
  const c = (key: string, value: string) => `    c.${key} = ${value}`;
  const properties = [
    c('name', cypherString(caption)).trimStart(),
    c('aliases', '[]'),
    c('text', cypherString(claim.text)),
    c('date', cypherString(claim.date)),
    c('datePrecision', cypherString(claim.datePrecision)),
    c('dateNote', cypherString(claim.dateNote)),
    c('kind', cypherString(claim.kind)),
  ];
  if (claim.countMin !== null || claim.countMax !== null) {
    properties.push(
      c('countMin', number(claim.countMin)),
      c('countMax', number(claim.countMax)),
      c('countText', cypherString(claim.countText)),
      c('measure', cypherString(claim.measure)),
    );
  }
  properties.push(c('verified', 'false'));
  const claimNode = `(c:Claim {id: ${cypherString(id)}})`;
  return [
    `// ── Claim: ${caption}`,
    '',
    `MERGE ${claimNode}`,
    `SET ${properties.join(',\n')};`,
    '',
    `MATCH (s:${claimant.label} {id: ${cypherString(claimant.id)}}), ${claimNode}`,
    'MERGE (s)-[r:CLAIMED]->(c)',
    `SET r.channel = ${cypherString(claim.channel)};`,
    '',
    ...about.map(
      (target) => `MATCH ${claimNode}, (t:${target.label} {id: ${cypherString(target.id)}}) MERGE (c)-[:ABOUT]->(t);`,
    ),
    ...(about.length > 0 ? [''] : []),
  ];
}
