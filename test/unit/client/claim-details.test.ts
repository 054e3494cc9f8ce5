// A claim's card in an embed: from the API's answer (related claims in their direction when the API gives one) or,
// in an offline snapshot, from the claim's relationships in the graph, with the first report found from the dates.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { ExplorerGraph } from '../../../client/src/core/graph/explorer-graph';
import { claimDetailsFromApi, claimDetailsFromGraph } from '../../../client/src/embed/claim-details';

function node(label: string, labels: string[], properties: Record<string, unknown> = {}) {
  return { label, labels, properties, x: 0, y: 0, size: 5, color: '#000' };
}

function edge(relType: string, properties: Record<string, unknown> = {}) {
  return { relType, properties, label: relType, size: 1 };
}

describe('claim details', () => {
  it('read claimants, sources by date, the first report and related claims in both directions from the graph', () => {
    const graph: ExplorerGraph = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
    graph.addNode('claim:a', node('Claim A', ['Claim'], { date: '2024-12-16' }));
    graph.addNode('claim:b', node('Claim B', ['Claim']));
    graph.addNode('claim:c', node('Claim C', ['Claim']));
    graph.addNode('person:p', node('Pat', ['Person']));
    graph.addNode('article:late', node('Late', ['Article'], { outlet: 'AP', title: 'Late', published: '2024-12-18' }));
    graph.addNode(
      'article:early',
      node('Early', ['Article'], { outlet: 'BBC', title: 'Early', published: '2024-12-16' }),
    );
    graph.addDirectedEdge('person:p', 'claim:a', edge('CLAIMED', { channel: 'briefing' }));
    graph.addDirectedEdge('article:late', 'claim:a', edge('REPORTS', { quote: 'We assess…' }));
    graph.addDirectedEdge('article:early', 'claim:a', edge('REPORTS'));
    graph.addDirectedEdge('claim:a', 'claim:b', edge('CORROBORATES'));
    graph.addDirectedEdge('claim:c', 'claim:a', edge('CONTRADICTS'));

    const details = claimDetailsFromGraph(graph, 'claim:a');

    expect(details.claimants).toEqual([{ name: 'Pat', channel: 'briefing' }]);
    expect(details.sources.map((s) => s.outlet)).toEqual(['BBC', 'AP']);
    expect(details.sources[1]!.quote).toBe('We assess…');
    expect(details.firstReport).toEqual({ outlet: 'BBC', published: '2024-12-16', tie: false });
    expect(details.related).toEqual([
      { relation: 'is contradicted by', text: 'Claim C' },
      { relation: 'corroborates', text: 'Claim B' },
    ]);
  });

  it('take the direction of related claims from the API, and call two sources of the same first day a tie', () => {
    const details = claimDetailsFromApi({
      date: '2024-12-16',
      claimants: [{ id: 'agency:gur', name: null, channel: 'Telegram' }],
      sources: [
        { outlet: 'AP', title: 'One', published: '2024-12-16', quote: null },
        { outlet: 'BBC', title: 'Two', published: '2024-12-16', quote: null },
      ],
      corroborates: [{ id: 'claim:b', text: 'B', direction: 'in' }],
      contradicts: [{ id: 'claim:c', text: null }],
    });

    expect(details.claimants).toEqual([{ name: 'agency:gur', channel: 'Telegram' }]);
    expect(details.firstReport).toEqual({ outlet: 'AP', published: '2024-12-16', tie: true });
    expect(details.related).toEqual([
      { relation: 'is corroborated by', text: 'B' },
      { relation: 'contradicts', text: 'claim:c' },
    ]);
  });
});
