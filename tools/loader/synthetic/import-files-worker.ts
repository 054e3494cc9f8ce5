// The worker thread that writes the node half of the import files (import-files-part.ts) while the main thread
// writes the relationships: reports its progress and, at the end, what it wrote. An error ends the thread with it.
import { parentPort, workerData } from 'node:worker_threads';
import { writeImportPart, type ImportPart, type ImportPartOptions } from './import-files-part';

export type WorkerMessage = { kind: 'progress'; written: number } | { kind: 'done'; part: ImportPart };

const options = workerData as Pick<ImportPartOptions, 'part' | 'nodes' | 'folder'>;
const post = (message: WorkerMessage): void => parentPort!.postMessage(message);

const part = await writeImportPart({ ...options, onProgress: (written) => post({ kind: 'progress', written }) });
post({ kind: 'done', part });
