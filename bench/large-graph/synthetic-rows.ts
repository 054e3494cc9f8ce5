// Turns the synthetic graph's plan into the rows the repository writes, in batches: the nodes of each label with the
// properties CONTRACT.md names, then the relationships of each kind.
import { seededRandom } from '../seeded-random';
import {
  HUBS,
  SYNTHETIC_LABELS,
  planClaim,
  syntheticId,
  type SyntheticLabel,
  type SyntheticSizes,
} from './synthetic-graph';

export type NodeRow = Record<string, string | number | boolean | string[]>;

export interface NodeBatch {
  label: SyntheticLabel;
  rows: NodeRow[];
}

/** One relationship type between two labels: the repository has one query per kind. */
export const RELATIONSHIP_KINDS = [
  'CLAIMED:Person',
  'CLAIMED:Agency',
  'ABOUT:Place',
  'ABOUT:Person',
  'REPORTS',
  'PUBLISHED_BY',
  'MEMBER_OF',
] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

export interface RelationshipRow {
  from: string;
  to: string;
  properties: Record<string, string>;
}

export interface RelationshipBatch {
  kind: RelationshipKind;
  rows: RelationshipRow[];
}

export function* nodeBatches(sizes: SyntheticSizes, batchSize: number): Generator<NodeBatch> {
  for (const label of SYNTHETIC_LABELS) {
    for (let start = 0; start < sizes[label]; start += batchSize) {
      const end = Math.min(sizes[label], start + batchSize);
      const rows: NodeRow[] = [];
      for (let index = start; index < end; index += 1) rows.push(nodeRow(label, index, sizes));
      yield { label, rows };
    }
  }
}

export function* relationshipBatches(sizes: SyntheticSizes, batchSize: number): Generator<RelationshipBatch> {
  const pending = new Map<RelationshipKind, RelationshipRow[]>(RELATIONSHIP_KINDS.map((kind) => [kind, []]));
  function* add(kind: RelationshipKind, row: RelationshipRow): Generator<RelationshipBatch> {
    const rows = pending.get(kind) ?? [];
    rows.push(row);
    pending.set(kind, rows);
    if (rows.length >= batchSize) {
      pending.set(kind, []);
      yield { kind, rows };
    }
  }
  for (let index = 0; index < sizes.Claim; index += 1) {
    const claim = syntheticId('Claim', index);
    const plan = planClaim(index, sizes);
    const claimant = syntheticId(plan.claimant.label, plan.claimant.index);
    yield* add(`CLAIMED:${plan.claimant.label}`, { from: claimant, to: claim, properties: { channel: 'statement' } });
    for (const place of plan.places) yield* add('ABOUT:Place', edge(claim, syntheticId('Place', place)));
    for (const person of plan.people) yield* add('ABOUT:Person', edge(claim, syntheticId('Person', person)));
    for (const article of plan.articles) {
      const quote = `Quote ${index} as carried by article ${article}`;
      yield* add('REPORTS', { from: syntheticId('Article', article), to: claim, properties: { quote } });
    }
  }
  const random = seededRandom(7);
  const agency = () => (random() < HUBS.agency.share ? 0 : 1 + Math.floor(random() * (sizes.Agency - 1)));
  for (let index = 0; index < sizes.Article; index += 1) {
    yield* add('PUBLISHED_BY', edge(syntheticId('Article', index), syntheticId('Agency', agency())));
  }
  for (let index = 0; index < sizes.Person; index += 1) {
    const row = edge(syntheticId('Person', index), syntheticId('Agency', 1 + (index % (sizes.Agency - 1))));
    yield* add('MEMBER_OF', { ...row, properties: { role: 'member' } });
  }
  for (const [kind, rows] of pending) if (rows.length > 0) yield { kind, rows };
}

function edge(from: string, to: string): RelationshipRow {
  return { from, to, properties: {} };
}

const TITLES = ['spokesperson', 'minister', 'analyst', 'commander', 'official'];
const AGENCY_KINDS = ['news outlet', 'ministry', 'armed force', 'intelligence service', 'think tank'];
const PLACE_KINDS = ['village', 'city', 'region', 'country'];

function nodeRow(label: SyntheticLabel, index: number, sizes: SyntheticSizes): NodeRow {
  const id = syntheticId(label, index);
  const hub = index === 0 ? ' (hub)' : '';
  switch (label) {
    case 'Person':
      return { id, name: `Bench Person ${index}${hub}`, aliases: [`B. Person ${index}`], title: pick(TITLES, index) };
    case 'Agency':
      return { id, name: `Bench Agency ${index}${hub}`, aliases: [], kind: pick(AGENCY_KINDS, index), country: 'XX' };
    case 'Place':
      return {
        id,
        name: `Bench Place ${index}${hub}`,
        aliases: [`Benchplace ${index}`],
        kind: pick(PLACE_KINDS, index),
      };
    case 'Article':
      return {
        id,
        name: `Bench report ${index}${hub}`,
        aliases: [],
        title: `Bench report ${index}${hub}`,
        outlet: `Bench Agency ${index % sizes.Agency}`,
        published: isoDay(index),
        author: `Bench Person ${index % sizes.Person}`,
        file: `bench-${index}.txt`,
      };
    case 'Claim': {
      const plan = planClaim(index, sizes);
      const place = plan.places[0] ?? 0;
      return {
        id,
        name: `Bench claim ${index}: ${plan.kind}`,
        aliases: [],
        text: `${plan.count} ${plan.kind.replace('-', ' ')} reported near Bench Place ${place}, claim ${index}`,
        date: isoDay(index),
        kind: plan.kind,
        countMin: plan.count,
        countMax: plan.count + (index % 3) * 10,
        measure: plan.kind === 'casualties' ? 'killed or wounded' : 'people',
        verified: false,
      };
    }
  }
}

function pick(values: readonly string[], index: number): string {
  return values[index % values.length] ?? '';
}

/** A date in 2023–2024, spread over the claims so date filters and ORDER BY date have real work. */
function isoDay(index: number): string {
  return new Date(Date.UTC(2023, 0, 1) + ((index * 7) % 730) * 86_400_000).toISOString().slice(0, 10);
}
