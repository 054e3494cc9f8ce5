// The allow-list of labels and relationship types that requests may name: those that exist in the database, minus
// the server's own bookkeeping labels. Read from Neo4j and kept for a few seconds, so filters follow new data.
import type { Driver } from 'neo4j-driver';
import type { QueryTarget } from '../db/query-target';
import { BadRequestError } from '../errors/app-errors';
import { readVocabularyTokens, type VocabularyTokens } from './graph-vocabulary.repository';
import { isHiddenLabel } from './hidden-labels';

const FRESH_FOR_MS = 10_000;

export class GraphVocabulary {
  private cached?: { tokens: VocabularyTokens; at: number };
  private readonly changeListeners: (() => void)[] = [];

  constructor(
    private readonly driver: Driver,
    private readonly target: QueryTarget,
  ) {}

  async labels(): Promise<string[]> {
    return (await this.tokens()).labels.filter((label) => !isHiddenLabel(label));
  }

  async relationshipTypes(): Promise<string[]> {
    return (await this.tokens()).relationshipTypes;
  }

  /** Returns the requested labels if every one exists; otherwise 400 naming the unknown ones and the valid ones. */
  async checkLabels(requested: string[], parameter: string): Promise<string[]> {
    return checkNames(requested, await this.labels(), parameter, 'label');
  }

  async checkRelationshipTypes(requested: string[], parameter: string): Promise<string[]> {
    return checkNames(requested, await this.relationshipTypes(), parameter, 'relationship type');
  }

  /** Calls `listener` whenever a fresh read finds labels or relationship types that differ from the last read. */
  onChange(listener: () => void): void {
    this.changeListeners.push(listener);
  }

  private async tokens(): Promise<VocabularyTokens> {
    if (this.cached && performance.now() - this.cached.at < FRESH_FOR_MS) return this.cached.tokens;
    const tokens = await readVocabularyTokens(this.driver, this.target);
    const changed = this.cached !== undefined && !sameTokens(this.cached.tokens, tokens);
    this.cached = { tokens, at: performance.now() };
    if (changed) for (const listener of this.changeListeners) listener();
    return tokens;
  }
}

function sameTokens(a: VocabularyTokens, b: VocabularyTokens): boolean {
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((name, i) => name === y[i]);
  return same(a.labels, b.labels) && same(a.relationshipTypes, b.relationshipTypes);
}

function checkNames(requested: string[], known: string[], parameter: string, what: string): string[] {
  const unknown = requested.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new BadRequestError(
      `Query parameter "${parameter}" has unknown ${what}${unknown.length > 1 ? 's' : ''} ` +
        `${unknown.map((name) => `"${name}"`).join(', ')}; use a comma-separated list of: ${known.join(', ')}.`,
    );
  }
  return requested;
}
