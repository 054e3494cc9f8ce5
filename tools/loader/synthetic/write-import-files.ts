// Writes the synthetic graph of `nodes` nodes as the importer's CSV files into `folder`, batch by batch as the
// generator hands them out (the UNWIND loader's batches: same rows, same order), so only one batch per file is in
// memory at a time: a file per label, a file per relationship kind, and one of the batch markers.
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
import { SYNTHETIC_LABELS, syntheticSizes, type SyntheticLabel, type SyntheticSizes } from './news-graph-model';
import {
  NODE_PROPERTIES,
  RELATIONSHIP_KINDS,
  batchKey,
  syntheticBatches,
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

export interface ImportFiles {
  sizes: SyntheticSizes;
  nodeFiles: ImportFile[];
  relationshipFiles: ImportFile[];
  /** The graph's nodes and relationships (the batch markers not counted). */
  nodes: number;
  relationships: number;
  bytes: number;
  /** List properties some nodes have empty: the importer stores no empty list, so these are set after the start. */
  emptyLists: EmptyList[];
}

export interface EmptyList {
  label: SyntheticLabel;
  key: string;
}

export interface WriteImportFilesOptions {
  nodes: number;
  folder: string;
  signal?: AbortSignal;
  /** Called after every batch with the elements written so far. */
  onProgress?: (written: number) => void;
}

export async function writeImportFiles(options: WriteImportFilesOptions): Promise<ImportFiles> {
  const sizes = syntheticSizes(options.nodes);
  const graph = syntheticGraphName(options.nodes);
  const files = new Map<string, CsvFile>();
  const open = (name: string, labelOrType: string, header: string[]): CsvFile => {
    let file = files.get(name);
    if (!file) files.set(name, (file = new CsvFile(path.join(options.folder, `${name}.csv`), labelOrType, header)));
    return file;
  };
  const nodeFiles = SYNTHETIC_LABELS.map((label) => open(`nodes-${label}`, label, nodeHeader(label)));
  const relationshipFiles = (Object.keys(RELATIONSHIP_KINDS) as RelationshipKind[]).map((kind) =>
    open(`relationships-${kind.replace(':', '-')}`, RELATIONSHIP_KINDS[kind].type, relationshipHeader(kind)),
  );
  const markers = open('markers', MARKER_LABEL, MARKER_HEADER);
  const emptyLists = new Map<string, EmptyList>();
  let written = 0;
  try {
    // The UNWIND loader's batch size, so its markers name the same batches and a later run of it skips them all.
    for (const batch of syntheticBatches(sizes, DEFAULT_BATCH_SIZE)) {
      options.signal?.throwIfAborted();
      if (batch.kind === 'nodes') {
        for (const key of listsLeftEmpty(batch.label, batch.rows)) {
          emptyLists.set(`${batch.label}.${key}`, { label: batch.label, key });
        }
        await nodeFiles[SYNTHETIC_LABELS.indexOf(batch.label)]!.write(
          batch.rows.map((row) => nodeCells(batch.label, row)),
        );
      } else {
        const index = Object.keys(RELATIONSHIP_KINDS).indexOf(batch.relationship);
        await relationshipFiles[index]!.write(batch.rows.map((row) => relationshipCells(batch.relationship, row)));
      }
      await markers.write([[graph, batchKey(batch)]]);
      written += batch.rows.length;
      options.onProgress?.(written);
    }
  } finally {
    await Promise.all([...files.values()].map((file) => file.close()));
  }
  const describe = (file: CsvFile): ImportFile => ({
    labelOrType: file.labelOrType,
    file: file.path,
    rows: file.rows,
    multiline: file.multiline,
  });
  const nodes = nodeFiles.reduce((sum, file) => sum + file.rows, 0);
  return {
    sizes,
    // Markers are nodes for the importer; they are not part of the graph's counts.
    nodeFiles: [...nodeFiles, markers].map(describe),
    relationshipFiles: relationshipFiles.map(describe),
    nodes,
    relationships: written - nodes,
    bytes: [...files.values()].reduce((sum, file) => sum + file.bytes, 0),
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
  rows = 0;
  bytes = 0;
  multiline = false;

  constructor(
    readonly path: string,
    readonly labelOrType: string,
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
}
