// Serialises the graph in the view as GEXF (graphology-gexf's writer), GraphML and JSON. Properties become flat
// attributes (lists and objects as JSON text) because both XML formats only hold scalar values.
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

export function toGraphml(graph: ExplorerGraph): string {
  const doc = document.implementation.createDocument('http://graphml.graphdrawing.org/xmlns', 'graphml', null);
  const root = doc.documentElement;
  const keys = new Map<string, string>();
  const keyFor = (domain: 'node' | 'edge', name: string, value: Scalar): string => {
    const id = `${domain}_${name}`;
    if (!keys.has(id)) {
      const key = doc.createElementNS(root.namespaceURI, 'key');
      const type = typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
      Object.entries({ id, for: domain, 'attr.name': name, 'attr.type': type }).forEach(([k, v]) =>
        key.setAttribute(k, v),
      );
      root.insertBefore(key, root.firstChild);
      keys.set(id, type);
    }
    return id;
  };
  const data = (parent: Element, domain: 'node' | 'edge', values: Record<string, Scalar>) => {
    for (const [name, value] of Object.entries(values)) {
      const element = doc.createElementNS(root.namespaceURI, 'data');
      element.setAttribute('key', keyFor(domain, name, value));
      element.textContent = String(value);
      parent.appendChild(element);
    }
  };
  const graphElement = doc.createElementNS(root.namespaceURI, 'graph');
  graphElement.setAttribute('edgedefault', 'directed');
  root.appendChild(graphElement);
  graph.forEachNode((key, attributes) => {
    const node = doc.createElementNS(root.namespaceURI, 'node');
    node.setAttribute('id', key);
    data(node, 'node', {
      label: attributes.label,
      labels: attributes.labels.join(','),
      x: attributes.x,
      y: attributes.y,
      size: attributes.size,
      color: attributes.color ?? colorForLabels(attributes.labels),
      ...flatten(attributes.properties),
    });
    graphElement.appendChild(node);
  });
  graph.forEachEdge((key, attributes, source, target) => {
    const edge = doc.createElementNS(root.namespaceURI, 'edge');
    Object.entries({ id: key, source, target }).forEach(([k, v]) => edge.setAttribute(k, v));
    data(edge, 'edge', { type: attributes.relType, ...flatten(attributes.properties) });
    graphElement.appendChild(edge);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
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
