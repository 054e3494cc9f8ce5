// Serialises the graph in the view as GEXF 1.3 (graphology-gexf's writer), GraphML and JSON, as text: no DOM, so
// the core stays usable anywhere. Properties become flat attributes (lists and objects as JSON text) because both
// XML formats only hold scalar values. graphology-graphml (0.5) only parses, so the GraphML writer is ours.
import { write as writeGexf } from 'graphology-gexf/browser';
import { colorForLabels } from '../../rendering/node-style';
import type { ExplorerGraph } from '../graph/explorer-graph';

type Scalar = string | number | boolean;

function flatten(properties: Record<string, unknown>): Record<string, Scalar> {
  const flat: Record<string, Scalar> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined) continue;
    flat[key] = typeof value === 'object' ? JSON.stringify(value) : (value as Scalar);
  }
  return flat;
}

export function toGexf(graph: ExplorerGraph): string {
  return writeGexf(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => ({
      label: attributes.label,
      viz: {
        color: attributes.color ?? colorForLabels(attributes.labels),
        size: attributes.size,
        x: attributes.x,
        y: attributes.y,
      },
      attributes: { labels: attributes.labels.join(','), ...flatten(attributes.properties) },
    }),
    formatEdge: (_key, attributes) => ({
      label: attributes.relType,
      attributes: { type: attributes.relType, ...flatten(attributes.properties) },
    }),
  });
}

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

type GraphmlType = 'boolean' | 'double' | 'string';

/** One `<key>` per attribute name and domain, typed from every value it takes: mixed kinds fall back to string. */
class GraphmlKeys {
  private readonly types = new Map<string, { domain: 'node' | 'edge'; name: string; type: GraphmlType }>();

  note(domain: 'node' | 'edge', name: string, value: Scalar): string {
    const id = `${domain}_${name}`;
    const type: GraphmlType = typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
    const known = this.types.get(id);
    if (!known) this.types.set(id, { domain, name, type });
    else if (known.type !== type) known.type = 'string';
    return id;
  }

  toXml(): string[] {
    return [...this.types].map(
      ([id, { domain, name, type }]) =>
        `  <key id="${escapeXml(id)}" for="${domain}" attr.name="${escapeXml(name)}" attr.type="${type}"/>`,
    );
  }
}

export function toGraphml(graph: ExplorerGraph): string {
  const keys = new GraphmlKeys();
  const data = (domain: 'node' | 'edge', values: Record<string, Scalar>): string[] =>
    Object.entries(values).map(
      ([name, value]) =>
        `      <data key="${escapeXml(keys.note(domain, name, value))}">${escapeXml(String(value))}</data>`,
    );
  const body: string[] = [];
  graph.forEachNode((key, attributes) => {
    body.push(`    <node id="${escapeXml(key)}">`);
    body.push(
      ...data('node', {
        label: attributes.label,
        labels: attributes.labels.join(','),
        x: attributes.x,
        y: attributes.y,
        size: attributes.size,
        color: attributes.color ?? colorForLabels(attributes.labels),
        ...flatten(attributes.properties),
      }),
    );
    body.push('    </node>');
  });
  graph.forEachEdge((key, attributes, source, target) => {
    body.push(`    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`);
    body.push(...data('edge', { type: attributes.relType, ...flatten(attributes.properties) }));
    body.push('    </edge>');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NS}">`,
    ...keys.toXml(),
    '  <graph edgedefault="directed">',
    ...body,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

/** Escapes text for XML content and attributes, dropping the control characters XML 1.0 cannot hold. */
function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** The contract's graph payload shape, so an export can be read back by anything that reads the API. */
export function toJson(graph: ExplorerGraph): string {
  return JSON.stringify(
    {
      nodes: graph.mapNodes((id, a) => ({
        id,
        labels: a.labels,
        caption: a.label,
        properties: a.properties,
        x: a.x,
        y: a.y,
      })),
      edges: graph.mapEdges((id, a, source, target) => ({
        id,
        type: a.relType,
        source,
        target,
        properties: a.properties,
      })),
    },
    null,
    2,
  );
}
