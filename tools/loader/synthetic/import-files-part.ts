// One half of the importer's CSV files, written batch by batch as the generator hands them out (the UNWIND loader's
// batches: same rows, same order), so only one batch is in memory at a time: the nodes (a file per label) or the
// relationships (a file per kind), each with a file of the batch markers the UNWIND loader would have written.
// write-import-files.ts runs the two halves side by side, the nodes in a worker thread.
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import path from 'node:path';
import { DEFAULT_BATCH_SIZE, syntheticGraphName } from './bulk-load';
import {
  MARKER_HEADER,
  MARKER_LABEL,
  PROPERTY_TYPES,
  formatCsvRows,
  hasLineBreak,
  nodeCells,
  nodeHeader,
  relationshipCells,
  relationshipHeader,
  type CsvCell,
} from './import-csv';
import { SYNTHETIC_LABELS, syntheticSizes, type SyntheticLabel } from './news-graph-model';
import {
  NODE_PROPERTIES,
  RELATIONSHIP_KINDS,
  batchKey,
  syntheticNodeBatches,
  syntheticRelationshipBatches,
  type NodeRow,
  type RelationshipKind,
} from './news-graph-rows';

export interface ImportFile {
  /** What the importer is told the file holds: a label for nodes, a type for relationships. */
  labelOrType: string;
  file: string;
  rows: number;
  /** A field of the file spans lines: the importer must be told, or it reads a broken row. */
  multiline: boolean;
}

export interface EmptyList {
  label: SyntheticLabel;
  key: string;
}

export type ImportPartName = 'nodes' | 'relationships';

export interface ImportPart {
  /** The graph's files of this part, then its markers' file. */
  files: ImportFile[];
  markers: ImportFile;
  /** Nodes or relationships written (markers not counted). */
  rows: number;
  bytes: number;
  /** List properties some nodes have empty: the importer stores no empty list, so these are set after the start. */
  emptyLists: EmptyList[];
}

export interface ImportPartOptions {
  part: ImportPartName;
  nodes: number;
  folder: string;
  signal?: AbortSignal;
  /** Called after every batch with the rows of this part written so far. */
  onProgress?: (written: number) => void;
}

export async function writeImportPart(options: ImportPartOptions): Promise<ImportPart> {
  const sizes = syntheticSizes(options.nodes);
  const graph = syntheticGraphName(options.nodes);
  const open = (name: string, labelOrType: string, header: string[]) =>
    new CsvFile(path.join(options.folder, `${name}.csv`), labelOrType, header);
  const files = new Map<string, CsvFile>();
  if (options.part === 'nodes') {
    for (const label of SYNTHETIC_LABELS) files.set(label, open(`nodes-${label}`, label, nodeHeader(label)));
  } else {
    for (const kind of Object.keys(RELATIONSHIP_KINDS) as RelationshipKind[]) {
      const name = `relationships-${kind.replace(':', '-')}`;
      files.set(kind, open(name, RELATIONSHIP_KINDS[kind].type, relationshipHeader(kind)));
    }
  }
  const markers = open(`markers-${options.part}`, MARKER_LABEL, MARKER_HEADER);
  const emptyLists = new Map<string, EmptyList>();
  const batches = options.part === 'nodes' ? syntheticNodeBatches : syntheticRelationshipBatches;
  let written = 0;
  try {
    // The UNWIND loader's batch size, so its markers name the same batches and a later run of it skips them all.
    for (const batch of batches(sizes, DEFAULT_BATCH_SIZE)) {
      options.signal?.throwIfAborted();
      if (batch.kind === 'nodes') {
        for (const key of listsLeftEmpty(batch.label, batch.rows)) {
          emptyLists.set(`${batch.label}.${key}`, { label: batch.label, key });
        }
        await files.get(batch.label)!.write(batch.rows.map((row) => nodeCells(batch.label, row)));
      } else {
        await files.get(batch.relationship)!.write(batch.rows.map((row) => relationshipCells(batch.relationship, row)));
      }
      await markers.write([[graph, batchKey(batch)]]);
      written += batch.rows.length;
      options.onProgress?.(written);
    }
  } finally {
    await Promise.all([...files.values(), markers].map((file) => file.close()));
  }
  return {
    files: [...files.values()].map((file) => file.describe()),
    markers: markers.describe(),
    rows: written,
    bytes: [...files.values(), markers].reduce((sum, file) => sum + file.bytes, 0),
    emptyLists: [...emptyLists.values()],
  };
}

function listsLeftEmpty(label: SyntheticLabel, rows: NodeRow[]): string[] {
  const lists = NODE_PROPERTIES[label].filter((key) => PROPERTY_TYPES[key] === 'string[]');
  return lists.filter((key) => rows.some((row) => Array.isArray(row[key]) && row[key].length === 0));
}

/** One CSV file being written: its header first, then rows, waiting whenever the disk falls behind. */
class CsvFile {
  private readonly stream: WriteStream;
  private readonly failed: Promise<never>;
  private rows = 0;
  private multiline = false;
  bytes = 0;

  constructor(
    private readonly path: string,
    private readonly labelOrType: string,
    header: string[],
  ) {
    this.stream = createWriteStream(path);
    this.failed = new Promise<never>((_resolve, reject) => this.stream.once('error', reject));
    this.failed.catch(() => undefined); // Seen by the write or close that is waiting, not as an unhandled rejection.
    this.stream.write(formatCsvRows([header]));
  }

  async write(rows: CsvCell[][]): Promise<void> {
    const text = formatCsvRows(rows);
    this.rows += rows.length;
    this.bytes += Buffer.byteLength(text);
    this.multiline ||= hasLineBreak(rows);
    if (!this.stream.write(text)) await Promise.race([once(this.stream, 'drain'), this.failed]);
  }

  async close(): Promise<void> {
    if (this.stream.closed) return;
    await Promise.race([new Promise<void>((resolve) => this.stream.end(resolve)), this.failed]);
  }

  describe(): ImportFile {
    return { labelOrType: this.labelOrType, file: this.path, rows: this.rows, multiline: this.multiline };
  }
}
