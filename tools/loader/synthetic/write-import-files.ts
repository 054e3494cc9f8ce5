// Writes the synthetic graph of `nodes` nodes as the importer's CSV files into `folder`: the nodes in a worker
// thread and the relationships in this one, side by side, so writing takes both cores instead of one (generating
// and quoting 6M rows is CPU work; at 1M nodes the relationships are about two thirds of it).
import { Worker } from 'node:worker_threads';
import { writeImportPart, type EmptyList, type ImportFile, type ImportPart } from './import-files-part';
import type { WorkerMessage } from './import-files-worker';
import { syntheticSizes, type SyntheticSizes } from './news-graph-model';

export type { EmptyList, ImportFile } from './import-files-part';

export interface ImportFiles {
  sizes: SyntheticSizes;
  /** The node files and the batch markers' (nodes for the importer, though not part of the graph's counts). */
  nodeFiles: ImportFile[];
  relationshipFiles: ImportFile[];
  nodes: number;
  relationships: number;
  bytes: number;
  emptyLists: EmptyList[];
}

export interface WriteImportFilesOptions {
  nodes: number;
  folder: string;
  signal?: AbortSignal;
  /** Called as batches are written, with the nodes and relationships written so far. */
  onProgress?: (written: number) => void;
}

export async function writeImportFiles(options: WriteImportFilesOptions): Promise<ImportFiles> {
  // Either half failing stops the other, and both have stopped before this returns or throws.
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  const written = { nodes: 0, relationships: 0 };
  const progress = () => options.onProgress?.(written.nodes + written.relationships);
  const halves = [
    writeNodesInWorker(options, signal, (count) => {
      written.nodes = count;
      progress();
    }),
    writeImportPart({
      part: 'relationships',
      nodes: options.nodes,
      folder: options.folder,
      signal,
      onProgress: (count) => {
        written.relationships = count;
        progress();
      },
    }),
  ].map((half) => half.catch((error: unknown) => (stop.abort(), Promise.reject(error))));
  const settled = await Promise.allSettled(halves);
  const failures = settled.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
  if (failures.length > 0) throw failures.find((error) => !signal.aborted || error !== signal.reason) ?? failures[0];
  const [nodes, relationships] = settled.map((result) => (result as PromiseFulfilledResult<ImportPart>).value) as [
    ImportPart,
    ImportPart,
  ];
  return {
    sizes: syntheticSizes(options.nodes),
    nodeFiles: [...nodes.files, nodes.markers, relationships.markers],
    relationshipFiles: relationships.files,
    nodes: nodes.rows,
    relationships: relationships.rows,
    bytes: nodes.bytes + relationships.bytes,
    emptyLists: nodes.emptyLists,
  };
}

/** The node half in a worker thread (started from a JavaScript entry that loads the TypeScript through tsx). */
function writeNodesInWorker(
  options: WriteImportFilesOptions,
  signal: AbortSignal,
  onProgress: (written: number) => void,
): Promise<ImportPart> {
  return new Promise<ImportPart>((resolve, reject) => {
    signal.throwIfAborted();
    const worker = new Worker(new URL('./import-files-thread.mjs', import.meta.url), {
      workerData: { part: 'nodes', nodes: options.nodes, folder: options.folder },
    });
    let part: ImportPart | undefined;
    const onAbort = () => void worker.terminate();
    signal.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'progress') onProgress(message.written);
      else part = message.part;
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      signal.removeEventListener('abort', onAbort);
      if (part) resolve(part);
      else
        reject(
          signal.aborted ? signal.reason : new Error(`The worker writing the node files stopped (exit code ${code}).`),
        );
    });
  });
}
