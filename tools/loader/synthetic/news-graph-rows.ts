// Turns the synthetic news graph's model into rows, batch by batch: first the nodes of each label with the properties
// CONTRACT.md names, then the relationships of each kind. Every value comes from a generator seeded by the node's
// own index, so the same size always gives the same graph, batch for batch — which is what lets a re-run skip the
// batches already written.
import {
  HUB_SHARE,
  SYNTHETIC_LABELS,
  pickNode,
  randomFor,
  syntheticId,
  type SyntheticLabel,
  type SyntheticSizes,
} from './news-graph-model';

export type NodeRow = Record<string, string | number | boolean | string[] | null>;
export type RelationshipRow = { from: string; to: string; properties: Record<string, string> };

/** The properties of each label's nodes, as CONTRACT.md names them: the repository writes exactly these. */
export const NODE_PROPERTIES = {
  Person: ['id', 'name', 'aliases', 'title'],
  Agency: ['id', 'name', 'aliases', 'kind', 'country'],
  Place: ['id', 'name', 'aliases', 'kind'],
  Event: ['id', 'name', 'aliases', 'kind', 'startDate', 'endDate'],
  Article: ['id', 'name', 'aliases', 'title', 'outlet', 'published', 'author', 'file'],
  Claim: ['id', 'name', 'aliases', 'text', 'date', 'kind', 'countMin', 'countMax', 'measure', 'verified'],
} as const satisfies Record<SyntheticLabel, readonly string[]>;

/** One relationship type between two labels: the repository has one query per kind. */
export const RELATIONSHIP_KINDS = {
  'CLAIMED:Person': { from: 'Person', type: 'CLAIMED', to: 'Claim', properties: ['channel'] },
  'CLAIMED:Agency': { from: 'Agency', type: 'CLAIMED', to: 'Claim', properties: ['channel'] },
  REPORTS: { from: 'Article', type: 'REPORTS', to: 'Claim', properties: ['quote'] },
  'ABOUT:Place': { from: 'Claim', type: 'ABOUT', to: 'Place', properties: [] },
  'ABOUT:Event': { from: 'Claim', type: 'ABOUT', to: 'Event', properties: [] },
  'ABOUT:Person': { from: 'Claim', type: 'ABOUT', to: 'Person', properties: [] },
  'ABOUT:Agency': { from: 'Claim', type: 'ABOUT', to: 'Agency', properties: [] },
  CORROBORATES: { from: 'Claim', type: 'CORROBORATES', to: 'Claim', properties: ['basis'] },
  CONTRADICTS: { from: 'Claim', type: 'CONTRADICTS', to: 'Claim', properties: ['basis'] },
  'MENTIONS:Place': { from: 'Article', type: 'MENTIONS', to: 'Place', properties: [] },
  'MENTIONS:Person': { from: 'Article', type: 'MENTIONS', to: 'Person', properties: [] },
  'MENTIONS:Agency': { from: 'Article', type: 'MENTIONS', to: 'Agency', properties: [] },
  'MENTIONS:Event': { from: 'Article', type: 'MENTIONS', to: 'Event', properties: [] },
  PUBLISHED_BY: { from: 'Article', type: 'PUBLISHED_BY', to: 'Agency', properties: [] },
  MEMBER_OF: { from: 'Person', type: 'MEMBER_OF', to: 'Agency', properties: ['role'] },
  PART_OF: { from: 'Agency', type: 'PART_OF', to: 'Agency', properties: [] },
  LOCATED_IN: { from: 'Place', type: 'LOCATED_IN', to: 'Place', properties: [] },
  OCCURRED_IN: { from: 'Event', type: 'OCCURRED_IN', to: 'Place', properties: [] },
  INVOLVED: { from: 'Event', type: 'INVOLVED', to: 'Agency', properties: ['role'] },
} as const satisfies Record<
  string,
  { from: SyntheticLabel; type: string; to: SyntheticLabel; properties: readonly string[] }
>;
export type RelationshipKind = keyof typeof RELATIONSHIP_KINDS;

export type Batch =
  | { kind: 'nodes'; label: SyntheticLabel; sequence: number; rows: NodeRow[] }
  | { kind: 'relationships'; relationship: RelationshipKind; sequence: number; rows: RelationshipRow[] };

/** A stable name for a batch, the same on every run: `nodes:Claim#3`, `relationships:ABOUT:Place#12`. */
export function batchKey(batch: Batch): string {
  return batch.kind === 'nodes'
    ? `nodes:${batch.label}#${batch.sequence}`
    : `relationships:${batch.relationship}#${batch.sequence}`;
}

export function* syntheticBatches(sizes: SyntheticSizes, batchSize: number): Generator<Batch> {
  yield* syntheticNodeBatches(sizes, batchSize);
  yield* syntheticRelationshipBatches(sizes, batchSize);
}

/** The node batches of `syntheticBatches` alone (the import files write them apart from the relationships). */
export function* syntheticNodeBatches(sizes: SyntheticSizes, batchSize: number): Generator<Batch> {
  for (const label of SYNTHETIC_LABELS) {
    let sequence = 0;
    for (let start = 0; start < sizes[label]; start += batchSize) {
      const end = Math.min(sizes[label], start + batchSize);
      const rows: NodeRow[] = [];
      for (let index = start; index < end; index += 1) rows.push(nodeRow(label, index, sizes));
      yield { kind: 'nodes', label, sequence, rows };
      sequence += 1;
    }
  }
}

/** The relationship batches of `syntheticBatches` alone, the same rows in the same batches. */
export function* syntheticRelationshipBatches(sizes: SyntheticSizes, batchSize: number): Generator<Batch> {
  const out = new RelationshipBuffers(batchSize);
  const add = out.add.bind(out);
  for (let index = 0; index < sizes.Claim; index += 1) {
    yield* out.drain();
    const claim = syntheticId('Claim', index);
    const random = randomFor('claim-links', index);
    const claimants = random() < 0.1 ? 2 : 1;
    for (let i = 0; i < claimants; i += 1) {
      const byPerson = random() < 0.7;
      const label = byPerson ? 'Person' : 'Agency';
      const who = pickNode(random, sizes[label], byPerson ? HUB_SHARE.Person : 0);
      add(`CLAIMED:${label}`, syntheticId(label, who), claim, { channel: pick(CHANNELS, random) });
    }
    add('ABOUT:Place', claim, syntheticId('Place', pickNode(random, sizes.Place, HUB_SHARE.Place)));
    if (random() < 0.5) add('ABOUT:Event', claim, syntheticId('Event', pickNode(random, sizes.Event)));
    if (random() < 0.4) add('ABOUT:Person', claim, syntheticId('Person', pickNode(random, sizes.Person)));
    if (random() < 0.2) add('ABOUT:Agency', claim, syntheticId('Agency', pickNode(random, sizes.Agency)));
    const reports = random() < 0.4 ? 2 : 1;
    const articles = new Set<number>();
    for (let i = 0; i < reports; i += 1) articles.add(pickNode(random, sizes.Article, HUB_SHARE.Article));
    for (const article of articles) {
      add('REPORTS', syntheticId('Article', article), claim, {
        quote: `“Quote ${index}” as article ${article} carries it`,
      });
    }
    // Claims relate to earlier claims, so every claim they name exists.
    if (index > 0 && random() < 0.2)
      add('CORROBORATES', claim, syntheticId('Claim', Math.floor(random() * index)), { basis: 'content' });
    if (index > 0 && random() < 0.05)
      add('CONTRADICTS', claim, syntheticId('Claim', Math.floor(random() * index)), { basis: 'figures' });
  }
  for (let index = 0; index < sizes.Article; index += 1) {
    yield* out.drain();
    const article = syntheticId('Article', index);
    const random = randomFor('article-links', index);
    add('PUBLISHED_BY', article, syntheticId('Agency', pickNode(random, sizes.Agency, HUB_SHARE.Agency)));
    const mentioned = new Set<string>();
    for (let i = 0; i < 12; i += 1) {
      const label = MENTIONABLE[Math.floor(random() * MENTIONABLE.length)] ?? 'Place';
      const hubShare = label === 'Place' ? HUB_SHARE.Place : 0;
      const id = syntheticId(label, pickNode(random, sizes[label], hubShare));
      if (mentioned.has(id)) continue;
      mentioned.add(id);
      add(`MENTIONS:${label}`, article, id);
    }
  }
  for (let index = 0; index < sizes.Person; index += 1) {
    yield* out.drain();
    const random = randomFor('person-links', index);
    if (random() < 0.6)
      add('MEMBER_OF', syntheticId('Person', index), syntheticId('Agency', pickNode(random, sizes.Agency)), {
        role: pick(TITLES, random),
      });
  }
  for (let index = 1; index < sizes.Agency; index += 1) {
    yield* out.drain();
    const random = randomFor('agency-links', index);
    // Agencies belong to lower-numbered (bigger) ones, so PART_OF never makes a cycle.
    if (random() < 0.5)
      add('PART_OF', syntheticId('Agency', index), syntheticId('Agency', Math.floor(random() * index)));
  }
  for (let index = 1; index < sizes.Place; index += 1) {
    yield* out.drain();
    const random = randomFor('place-links', index);
    const parent = random() < HUB_SHARE.Place * 4 ? 0 : Math.floor(random() * Math.min(index, 1 + sizes.Place / 20));
    add('LOCATED_IN', syntheticId('Place', index), syntheticId('Place', parent));
  }
  for (let index = 0; index < sizes.Event; index += 1) {
    yield* out.drain();
    const random = randomFor('event-links', index);
    const event = syntheticId('Event', index);
    add('OCCURRED_IN', event, syntheticId('Place', pickNode(random, sizes.Place, HUB_SHARE.Place)));
    const first = pickNode(random, sizes.Agency);
    const second = pickNode(random, sizes.Agency);
    add('INVOLVED', event, syntheticId('Agency', first), { role: 'party' });
    if (second !== first) add('INVOLVED', event, syntheticId('Agency', second), { role: 'party' });
  }
  yield* out.drain(true);
}

/** Rows per relationship kind, handed out as batches once `batchSize` of a kind are collected. */
class RelationshipBuffers {
  private readonly buffers = new Map<RelationshipKind, { sequence: number; rows: RelationshipRow[] }>();
  private readonly full: Batch[] = [];

  constructor(private readonly batchSize: number) {}

  add(kind: RelationshipKind, from: string, to: string, properties: Record<string, string> = {}): void {
    let buffer = this.buffers.get(kind);
    if (!buffer) this.buffers.set(kind, (buffer = { sequence: 0, rows: [] }));
    buffer.rows.push({ from, to, properties });
    if (buffer.rows.length >= this.batchSize) {
      this.full.push({ kind: 'relationships', relationship: kind, sequence: buffer.sequence, rows: buffer.rows });
      this.buffers.set(kind, { sequence: buffer.sequence + 1, rows: [] });
    }
  }

  /** The full batches collected so far; with `all`, also what is left of every kind. */
  *drain(all = false): Generator<Batch> {
    while (this.full.length > 0) yield this.full.shift()!;
    if (!all) return;
    for (const [relationship, buffer] of this.buffers) {
      if (buffer.rows.length > 0)
        yield { kind: 'relationships', relationship, sequence: buffer.sequence, rows: buffer.rows };
    }
  }
}

const MENTIONABLE = ['Place', 'Place', 'Person', 'Agency', 'Event'] as const;
const CHANNELS = ['statement', 'briefing', 'Telegram', 'X', 'video address', 'remarks to reporters'];
const TITLES = ['spokesperson', 'minister', 'analyst', 'commander', 'official', 'correspondent'];
const AGENCY_KINDS = ['news outlet', 'ministry', 'armed force', 'intelligence service', 'think tank', 'government'];
const PLACE_KINDS = ['country', 'region', 'city', 'village'];
const EVENT_KINDS = ['battle', 'offensive', 'deployment', 'incident', 'sanctions', 'briefing'];
const CLAIM_KINDS = [
  'casualties',
  'troop-strength',
  'deployment',
  'territory',
  'assessment',
  'sanctions',
  'prediction',
];
const GIVEN = ['Anna', 'Oleh', 'Maria', 'John', 'Kim', 'Sergei', 'Olena', 'Pat', 'Lee', 'Ivan', 'Sofia', 'Dmytro'];
const FAMILY = ['Kovalenko', 'Ryder', 'Park', 'Smirnov', 'Bondar', 'Kirby', 'Melnyk', 'Choi', 'Petrov', 'Shevchenko'];
const PLACE_ROOTS = ['Vor', 'Plekh', 'Kursk', 'Sudzh', 'Marty', 'Bel', 'Kharki', 'Lyman', 'Pokro', 'Zapo'];
const PLACE_ENDS = ['ovo', 'ozhba', 'ivka', 'ansk', 'opil', 'iv', 'ino', 'ka'];

function pick<T>(values: readonly T[], random: () => number): T {
  return values[Math.floor(random() * values.length)]!;
}

function isoDay(daysAfter2022: number): string {
  return new Date(Date.UTC(2022, 0, 1) + daysAfter2022 * 86_400_000).toISOString().slice(0, 10);
}

function personName(index: number): string {
  return `${GIVEN[index % GIVEN.length]} ${FAMILY[Math.floor(index / GIVEN.length) % FAMILY.length]} ${index}`;
}

function placeName(index: number): string {
  const root = PLACE_ROOTS[index % PLACE_ROOTS.length]!;
  return `${root}${PLACE_ENDS[Math.floor(index / PLACE_ROOTS.length) % PLACE_ENDS.length]} ${index}`;
}

function nodeRow(label: SyntheticLabel, index: number, sizes: SyntheticSizes): NodeRow {
  const id = syntheticId(label, index);
  const random = randomFor(label, index);
  switch (label) {
    case 'Person': {
      const name = personName(index);
      return { id, name, aliases: [name.replace(/^(\w)\w*/, '$1.')], title: pick(TITLES, random) };
    }
    case 'Agency':
      return {
        id,
        name: `${pick(AGENCY_KINDS, random)} ${index}`.replace(/^\w/, (c) => c.toUpperCase()),
        aliases: [`AG-${index}`],
        kind: pick(AGENCY_KINDS, random),
        country: pick(['UA', 'RU', 'US', 'KP', 'KR', 'GB'], random),
      };
    case 'Place':
      return { id, name: placeName(index), aliases: [], kind: index === 0 ? 'country' : pick(PLACE_KINDS, random) };
    case 'Event': {
      const start = Math.floor(random() * 1_000);
      return {
        id,
        name: `${pick(EVENT_KINDS, random)} near ${placeName(index % sizes.Place)}`,
        aliases: [],
        kind: pick(EVENT_KINDS, random),
        startDate: isoDay(start),
        endDate: isoDay(start + Math.floor(random() * 20)),
      };
    }
    case 'Article': {
      const title = `Report ${index}: fighting near ${placeName(pickNode(random, sizes.Place, HUB_SHARE.Place))}`;
      return {
        id,
        name: title,
        aliases: [],
        title,
        outlet: `Outlet ${index % 97}`,
        published: isoDay(Math.floor(random() * 1_000)),
        author: personName(index % sizes.Person),
        file: `synthetic-${index}.txt`,
      };
    }
    case 'Claim': {
      const kind = pick(CLAIM_KINDS, random);
      const count = 1 + Math.floor(random() * 1_000);
      const place = placeName(pickNode(random, sizes.Place, HUB_SHARE.Place));
      return {
        id,
        name: `${count} ${kind.replace('-', ' ')} near ${place}`.slice(0, 60),
        aliases: [],
        text: `Claim ${index}: ${count} ${kind === 'casualties' ? 'killed or wounded' : kind.replace('-', ' ')} near ${place}`,
        date: isoDay(Math.floor(random() * 1_000)),
        kind,
        countMin: count,
        countMax: count + Math.floor(random() * 3) * 10,
        measure: kind === 'casualties' ? 'killed and wounded' : 'people',
        verified: random() < 0.1,
      };
    }
  }
}
