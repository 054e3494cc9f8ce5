// Part `render`: the explorer's graph view (client/src/rendering/graph-view.ts) in real Chromium, on random graphs
// of growing size: time to first render, mean frame time of camera moves, and a selection, each with its ratio to
// the smallest graph. Chromium draws with software WebGL here, so the ratios carry the meaning, not the milliseconds.
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../test/setup/browser';
import type { BenchSettings } from '../bench-settings';
import type { Cleanups } from '../cleanups';
import { formatMs, formatRatio, printTable } from '../print-table';
import type { RenderFigures, RenderRun, StepTiming } from './render-figures';
import { startRenderBenchSite } from './render-bench-site';

const EDGES_PER_NODE = 1.5;
const SIZE_TIMEOUT_MS = 240_000;

export async function runRenderBench(settings: BenchSettings['render'], cleanups: Cleanups): Promise<void> {
  console.log('\n## Rendering in Chromium (GraphView, software WebGL)');
  console.log('Building the bench page with Vite …');
  const site = await startRenderBenchSite();
  const closeSite = cleanups.add(() => site.close());
  try {
    const browser = await launchBrowser();
    const closeBrowser = cleanups.add(() => browser.close());
    try {
      const results: RenderFigures[] = [];
      for (const nodes of settings.sizes) {
        const run = { nodes, edgesPerNode: EDGES_PER_NODE, moves: settings.moves, seed: 42 };
        const figures = await measureSize(browser, site.url, run);
        console.log(`  ${nodes.toLocaleString('en')} nodes: first render ${formatMs(figures.firstRender.totalMs)} ms`);
        results.push(figures);
      }
      printRenderTable(results, settings.moves);
    } finally {
      await closeBrowser();
    }
  } finally {
    await closeSite();
  }
}

async function measureSize(browser: Browser, url: string, run: RenderRun): Promise<RenderFigures> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  try {
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 }).catch(() => {
      throw new Error(`The render bench page did not start${errors.length ? `: ${errors.join('; ')}` : ''}.`);
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`Drawing ${run.nodes} nodes took longer than ${SIZE_TIMEOUT_MS / 1000} s.`)),
        SIZE_TIMEOUT_MS,
      );
    });
    const measured = page.evaluate(async (options) => {
      if (!window.renderBench) throw new Error('The bench page did not expose window.renderBench.');
      return window.renderBench.run(options);
    }, run);
    const figures = await Promise.race([measured, timeout]).finally(() => clearTimeout(timer));
    if (errors.length > 0) throw new Error(`The bench page reported errors: ${errors.join('; ')}`);
    return figures;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`The render bench failed for ${run.nodes} nodes: ${message}`, { cause: error });
  } finally {
    await page.close();
  }
}

function printRenderTable(results: RenderFigures[], moves: number): void {
  const base = results[0];
  if (!base) return;
  const table = (title: string, part: keyof StepTiming) => {
    const frame = (figures: RenderFigures) => mean(figures.frames.map((timing) => timing[part]));
    const cells = (value: number, baseValue: number) => [formatMs(value), formatRatio(value / baseValue)];
    console.log(`\n${title}`);
    printTable(
      [
        'nodes',
        'edges',
        'size/base',
        'first render ms',
        '/base',
        `frame ms (mean of ${moves})`,
        '/base',
        'select ms',
        '/base',
      ],
      results.map((figures) => [
        figures.nodes.toLocaleString('en'),
        figures.edges.toLocaleString('en'),
        formatRatio(figures.nodes / base.nodes),
        ...cells(figures.firstRender[part], base.firstRender[part]),
        ...cells(frame(figures), frame(base)),
        ...cells(figures.select[part], base.select[part]),
      ]),
    );
  };
  table('Until drawn (software WebGL included):', 'totalMs');
  table('JavaScript only (without waiting for the GPU):', 'jsMs');
  console.log('');
  printTable(
    ['nodes', 'graph build ms', '/base', 'JS heap MB'],
    results.map((figures) => [
      figures.nodes.toLocaleString('en'),
      formatMs(figures.buildMs),
      formatRatio(figures.buildMs / base.buildMs),
      figures.heapMb === null ? '–' : figures.heapMb.toFixed(0),
    ]),
  );
  console.log(
    `(base: the ${base.nodes.toLocaleString('en')}-node graph. "first render": new GraphView(…) until drawn; ` +
      '"frame": one camera move; "select": a selection re-styles every node and edge; "graph build": filling the ' +
      'graphology graph; "JS heap": after the first render)',
  );
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
}
