// The export action: the graph in the view as a named file in the chosen format, ready for a view to hand to the
// browser (views/download-file.ts). The PNG image comes from the renderer, not from here.
import type { ExplorerGraph } from '../graph/explorer-graph';
import { toGexf, toGraphml, toJson } from './graph-exports';

export type DataExportFormat = 'gexf' | 'graphml' | 'json';

export interface ExportFile {
  name: string;
  content: string;
  type: string;
}

const WRITERS: Record<DataExportFormat, { write: (graph: ExplorerGraph) => string; type: string }> = {
  gexf: { write: toGexf, type: 'application/xml' },
  graphml: { write: toGraphml, type: 'application/xml' },
  json: { write: toJson, type: 'application/json' },
};

/** A file name that sorts by time: knowledge-graph-2024-12-16-10-30-00. */
export function exportBaseName(now: Date): string {
  return `knowledge-graph-${now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}`;
}

export function exportFile(graph: ExplorerGraph, format: DataExportFormat, now = new Date()): ExportFile {
  const { write, type } = WRITERS[format];
  return { name: `${exportBaseName(now)}.${format}`, content: write(graph), type };
}
