// Saving a reviewed article: checks every reference against the graph and the text, writes the article text and its
// Cypher script into the Cypher folder, and loads the script in one transaction. When anything fails after the files
// are written, both files are removed again and the transaction has rolled back: nothing is left behind.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { QueryTarget } from '../db/query-target';
import { BadRequestError, ConflictError } from '../errors/app-errors';
import { ARTICLE_SCRIPTS, ARTICLE_TEXTS, nextArticleNumber } from './article-files';
import { articleScript, type ResolvedClaim, type ResolvedEntity } from './article-cypher';
import type { SaveRequest, SaveResult } from './articles.schema';
import { readNodeLabels, type NodeLabel } from './articles.repository';
import { slugify } from './pipeline/house-ids';
import { checkArticleText } from './pipeline/text-checks';

export type LoadScript = (file: string) => Promise<void>;

export interface SaveContext {
  driver: Driver;
  target: QueryTarget;
  cypherDir: string;
  load: LoadScript;
}

const CAPTION_MAX = 60;

export async function saveArticle(request: SaveRequest, context: SaveContext): Promise<SaveResult> {
  checkArticleText(request.text);
  const referenced = [
    ...request.entities.map((entity) => entity.matchId ?? entity.newId),
    ...request.claims.flatMap((claim) => [
      ...(claim.claimant.matchId ? [claim.claimant.matchId] : []),
      ...claim.about.flatMap((item) => (item.matchId ? [item.matchId] : [])),
      ...claim.relatedClaims.map((related) => related.id),
    ]),
    ...(request.article.outletId ? [request.article.outletId] : []),
  ];
  const inGraph = await readNodeLabels(context.driver, referenced, context.target);
  const entities = resolveEntities(request, inGraph);
  const outlet = request.article.outletId ? entityFor(request.article.outletId, inGraph, entities, 'outlet') : null;
  const number = nextArticleNumber(context.cypherDir);
  const slug = slugify(request.article.id?.replace(/^article:\d+-/, '') ?? request.article.title, 6) || 'article';
  const articleId = `article:${number}-${slug}`;
  const claims = resolveClaims(request, entities, inGraph);
  const claimIds = await readNodeLabels(
    context.driver,
    [articleId, ...claims.map((claim) => claim.id)],
    context.target,
  );
  if (claimIds.has(articleId)) throw new ConflictError(`An article with id "${articleId}" is already in the graph.`);
  const used = new Set(claimIds.keys());
  for (const claim of claims) {
    claim.id = freeId(claim.id, used);
    used.add(claim.id);
  }

  const hash = createHash('sha256').update(request.text).digest('hex').slice(0, 16);
  const textFile = `${number}_${hash}.txt`;
  const scriptFile = `${number}-${slug}.cypher`;
  const script = articleScript({
    articleId,
    textFile,
    article: request.article,
    outlet,
    entities: [...entities.values()].filter(unique),
    claims,
  });
  const textPath = path.join(context.cypherDir, ARTICLE_TEXTS, textFile);
  const scriptPath = path.join(context.cypherDir, ARTICLE_SCRIPTS, scriptFile);
  writeNew(textPath, request.text);
  try {
    writeNew(scriptPath, script);
  } catch (error) {
    rmSync(textPath, { force: true });
    throw error;
  }
  try {
    await context.load(scriptPath);
  } catch (error) {
    rmSync(scriptPath, { force: true });
    rmSync(textPath, { force: true });
    throw error;
  }
  const accepted = [...entities.values()].filter(unique);
  return {
    article: { id: articleId, file: textFile, script: path.join(ARTICLE_SCRIPTS, scriptFile) },
    counts: {
      newEntities: accepted.filter((entity) => entity.isNew).length,
      mentions: accepted.length,
      claims: claims.length,
      reports: claims.length,
      relations: claims.reduce((total, claim) => total + claim.claim.relatedClaims.length, 0),
    },
  };
}

/** The same entity may be listed under several keys; it is written once. */
function unique(entity: ResolvedEntity, index: number, all: ResolvedEntity[]): boolean {
  return all.findIndex((other) => other.id === entity.id) === index;
}

function writeNew(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ConflictError(
        `${path.basename(file)} already exists (another article was saved at the same time): preview again and save.`,
      );
    }
    throw error;
  }
}

function resolveEntities(request: SaveRequest, inGraph: Map<string, NodeLabel>): Map<string, ResolvedEntity> {
  const entities = new Map<string, ResolvedEntity>();
  for (const entity of request.entities) {
    if (entity.matchId) {
      const label = inGraph.get(entity.matchId);
      if (!label || label === 'Claim' || label === 'Article') {
        throw new BadRequestError(
          `Entity "${entity.name}" is matched to "${entity.matchId}", which is not a person, agency, place or event ` +
            'in the graph: match it to another node, or make it new.',
        );
      }
      entities.set(entity.key, { id: entity.matchId, label, name: entity.name, aliases: [], isNew: false });
    } else {
      if (inGraph.has(entity.newId)) {
        throw new ConflictError(
          `The new node id "${entity.newId}" for "${entity.name}" is already in the graph: match the entity to ` +
            `${entity.newId} instead, or give it another id.`,
        );
      }
      if (!entity.newId.startsWith(`${entity.label.toLowerCase()}:`)) {
        throw new BadRequestError(
          `The new node id "${entity.newId}" must start with "${entity.label.toLowerCase()}:".`,
        );
      }
      entities.set(entity.key, {
        id: entity.newId,
        label: entity.label,
        name: entity.name,
        aliases: entity.aliases,
        isNew: true,
      });
    }
  }
  return entities;
}

function entityFor(
  id: string,
  inGraph: Map<string, NodeLabel>,
  entities: Map<string, ResolvedEntity>,
  role: string,
): ResolvedEntity {
  const listed = [...entities.values()].find((entity) => entity.id === id);
  if (listed) return listed;
  const label = inGraph.get(id);
  if (!label || label === 'Claim' || label === 'Article') {
    throw new BadRequestError(`The ${role} "${id}" is not a person, agency, place or event in the graph.`);
  }
  return { id, label, name: id, aliases: [], isNew: false };
}

function resolveClaims(
  request: SaveRequest,
  entities: Map<string, ResolvedEntity>,
  inGraph: Map<string, NodeLabel>,
): ResolvedClaim[] {
  return request.claims.map((claim, index) => {
    const where = `claim ${index + 1} ("${claim.text.slice(0, 40)}…")`;
    const pick = (ref: { key: string | null; matchId: string | null; name: string }, role: string) => {
      const byKey = ref.key ? entities.get(ref.key) : undefined;
      if (byKey) return byKey;
      if (ref.matchId) return entityFor(ref.matchId, inGraph, entities, `${role} of ${where}`);
      throw new BadRequestError(
        `The ${role} of ${where}, "${ref.name}", is not among the accepted entities: accept it, or choose another.`,
      );
    };
    if (claim.quote !== null && !request.text.includes(claim.quote)) {
      throw new BadRequestError(
        `The quote of ${where} is not word for word in the article text: copy it from the text.`,
      );
    }
    if (!request.text.includes(claim.excerpt)) {
      throw new BadRequestError(`The excerpt of ${where} is not word for word in the article text.`);
    }
    for (const related of claim.relatedClaims) {
      if (inGraph.get(related.id) !== 'Claim') {
        throw new BadRequestError(`${where} links to "${related.id}", which is not a claim in the graph.`);
      }
    }
    if (claim.countMin !== null && claim.countMax !== null && claim.countMin > claim.countMax) {
      throw new BadRequestError(`The figures of ${where} are reversed: countMin must not exceed countMax.`);
    }
    const claimant = pick(claim.claimant, 'claimant');
    const about = claim.about.map((item) => pick(item, 'subject')).filter(unique);
    return { id: claimId(claimant, claim), caption: caption(claimant, claim.text), claimant, about, claim };
  });
}

/** "claim:<claimant>-<first words>-<date>", as the hand-written ids. */
function claimId(claimant: ResolvedEntity, claim: SaveRequest['claims'][number]): string {
  // "Main Directorate of Intelligence (GUR)" is "gur", as in the hand-written ids.
  const short = /\(([A-Z][A-Za-z]{1,9})\)/.exec(claimant.name)?.[1];
  const who = slugify(short ?? claimant.name.replace(/\([^)]*\)/g, ''), 2);
  const what = slugify(claim.text.replace(/^(the|a|an)\s+/i, ''), 4);
  return `claim:${[who, what, claim.date ?? ''].filter(Boolean).join('-')}`;
}

function caption(claimant: ResolvedEntity, text: string): string {
  const who = claimant.name.replace(/\s*\([^)]*\)/g, '');
  const full = `${who}: ${text.replace(/\.$/, '')}`;
  return full.length <= CAPTION_MAX ? full : `${full.slice(0, CAPTION_MAX - 1).replace(/\s+\S*$/, '')}…`;
}

/** The id itself, or with "-2", "-3"… when the graph or an earlier claim of this article has it. */
function freeId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let suffix = 2; used.has(candidate); suffix += 1) candidate = `${id}-${suffix}`;
  return candidate;
}
