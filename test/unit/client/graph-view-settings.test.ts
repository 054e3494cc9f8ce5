import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GRAPH_VIEW_SETTINGS,
  GraphViewSettingsError,
  resolveGraphViewSettings,
  themeOf,
} from '../../../client/src/rendering/graph-view-settings';
import { DEFAULT_PALETTE, styleInPalette } from '../../../client/src/rendering/node-style';
import { parallelEdgeCurvatures } from '../../../client/src/rendering/parallel-edges';
import { RENDER_THEMES } from '../../../client/src/rendering/render-theme';
import Graph from 'graphology';

describe('graph view settings', () => {
  it('fill what is left out with the defaults', () => {
    const settings = resolveGraphViewSettings({ maxCaptionLength: 20 });

    expect(settings.maxCaptionLength).toBe(20);
    expect(settings.palette).toBe(DEFAULT_PALETTE);
    expect(settings.largeGraphNodes).toBe(DEFAULT_GRAPH_VIEW_SETTINGS.largeGraphNodes);
  });

  it('take a theme by name or as a whole object', () => {
    expect(themeOf(resolveGraphViewSettings({ theme: 'dark' }))).toBe(RENDER_THEMES.dark);
    const custom = { ...RENDER_THEMES.light, background: '#000000' };
    expect(themeOf(resolveGraphViewSettings({ theme: custom })).background).toBe('#000000');
  });

  it('reject a bad value with a message naming the setting and what it should be', () => {
    expect(() => resolveGraphViewSettings({ largeGraphNodes: -1 })).toThrow(GraphViewSettingsError);
    expect(() => resolveGraphViewSettings({ largeGraphNodes: 2.5 })).toThrow(
      /"largeGraphNodes" must be a positive whole/,
    );
    expect(() => resolveGraphViewSettings({ theme: 'sepia' as 'light' })).toThrow(/"theme" must be light or dark/);
    expect(() => resolveGraphViewSettings({ palette: { Person: { color: 'blue-ish', shape: 'circle' } } })).toThrow(
      /palette's colour for "Person"/,
    );
    expect(() => resolveGraphViewSettings({ dashedRelationships: 'CONTRADICTS' as unknown as string[] })).toThrow(
      /"dashedRelationships" must be a list/,
    );
  });

  it('style a node by the first of its labels found in the palette', () => {
    const palette = { Agency: { color: '#111111', shape: 'hexagon' as const } };

    expect(styleInPalette(palette, ['Bookmark', 'Agency'])?.shape).toBe('hexagon');
    expect(styleInPalette(palette, ['Bookmark'])).toBeUndefined();
  });
});

describe('parallel edge curvatures', () => {
  it('leave lone edges straight and bend the edges of a pair to opposite sides, whichever way they point', () => {
    const graph = new Graph({ multi: true });
    graph.mergeNode('a');
    graph.mergeNode('b');
    graph.mergeNode('c');
    graph.addEdgeWithKey('ab', 'a', 'b');
    graph.addEdgeWithKey('ba', 'b', 'a');
    graph.addEdgeWithKey('ab2', 'a', 'b');
    graph.addEdgeWithKey('bc', 'b', 'c');

    const curvatures = parallelEdgeCurvatures(graph);

    expect(curvatures.has('bc')).toBe(false);
    // Measured in the a→b direction, every edge of the pair gets its own bend.
    const inAtoB = ['ab', 'ba', 'ab2'].map((edge) => (graph.source(edge) === 'a' ? 1 : -1) * curvatures.get(edge)!);
    expect(new Set(inAtoB).size).toBe(3);
  });
});
