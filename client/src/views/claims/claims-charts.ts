// The Claims tab's two charts above its table: the Timeline (claims over time, brushed to filter) and the Figures
// chart (a kind's figures by claimant). Nothing is fetched or drawn until the tab is first shown.
import type { ExplorerCore } from '../../core/explorer-core';
import { mountFiguresFigure } from './figures-figure';
import { mountTimelineFigure } from './timeline-figure';

export function mountClaimsCharts(element: HTMLElement, core: ExplorerCore): { show(): void } {
  const timeline = mountTimelineFigure(core);
  const figures = mountFiguresFigure(core);
  element.replaceChildren(timeline.element, figures.element);
  return {
    show: () => {
      if (core.timeline.data.get().type === 'idle') void core.timeline.load();
      timeline.draw();
      figures.draw();
    },
  };
}
