// Part `render`: the explorer's graph view (client/src/rendering/graph-view.ts), bare Sigma v3 with its default
// settings and vis-network (the renderer behind neovis) side by side in one Chromium run, on the same graphs — random
// positions (every edge crosses the picture) and/or laid out (clusters, short edges; BENCH_RENDER_POSITIONS):
// first render and camera moves (until drawn, and JavaScript only), a selection, the JavaScript heap each view holds,
// every node moved at once (a layout's end), and long main-thread tasks while ForceAtlas2 runs. Chromium draws with
// software WebGL here (SwiftShader or Mesa llvmpipe, BENCH_RENDER_GL: gl-back-ends.ts), so the ratios between
// renderers carry the meaning, not the milliseconds. Each renderer gets its own page (one browser per GL back-end);
// the pages of one size stay open together and take turns, after the same warm-up, so the load of other processes on a
// shared machine falls on every renderer alike: medians, the middle half, and ratios turn by turn. With two back-ends,
// each renderer's picture under the second is compared with its picture under the first.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { ARTIFACTS_DIR } from '../../test/setup/browser';
import type { BenchSettings } from '../bench-settings';
import type { Cleanups } from '../cleanups';
import { formatMs, formatRatio, printTable } from '../print-table';
import { GL_TITLES, launchGlBrowsers, type GlBackEnd, type GlBrowser } from './gl-back-ends';
import { comparePictures } from './compare-pictures';
import { median, quartiles } from './quartiles';
import {
  RENDERER_TITLES,
  type RenderFigures,
  type RenderPositions,
  type RenderRun,
  type StepTiming,
} from './render-figures';
import { startRenderBenchSite } from './render-bench-site';

const EDGES_PER_NODE = 1.5;
/** Longest a single step (one first render, one move …) may take before the bench gives up. */
const STEP_TIMEOUT_MS = 300_000;
/** The targets: within 1.2× of bare Sigma, and at least 3× faster than vis-network on first render. */
const SIGMA_TARGET = 1.2;
const VIS_TARGET = 3;

/** Camera moves each renderer draws before any is timed, so all of them start warm (shaders, caches, JIT). */
const WARMUP_MOVES = 3;

export async function runRenderBench(settings: BenchSettings['render'], cleanups: Cleanups): Promise<void> {
  console.log('\n## Rendering in Chromium (software WebGL): GraphView vs bare Sigma vs vis-network');
  console.log(`Load average at start (1/5/15 min, ${os.cpus().length} cores): ${loadAverage()}`);
  console.log('Building the bench page with Vite …');
  const site = await startRenderBenchSite();
  const closeSite = cleanups.add(() => site.close());
  try {
    const browsers = await launchGlBrowsers(settings.gl, (line) => console.log(line));
    const closeBrowsers = cleanups.add(async () => {
      await Promise.all(browsers.map((each) => each.browser.close()));
    });
    try {
      for (const { backEnd, renderer } of browsers) {
        console.log(`GL back-end: ${GL_TITLES[backEnd]}, WebGL renderer "${renderer}"`);
      }
      const results: RenderFigures[] = [];
      for (const positions of settings.positions) {
        for (const nodes of settings.sizes) {
          const figures = await measureSize(browsers, site.url, nodes, positions, settings);
          for (const each of figures) {
            const first = medianOf(each.firstRenders, 'totalMs');
            console.log(
              `  ${positions}, ${nodes.toLocaleString('en')} nodes, ${GL_TITLES[each.gl]}, ` +
                `${RENDERER_TITLES[each.renderer]}: first render ` +
                `${formatMs(first)} ms (JS ${formatMs(medianOf(each.firstRenders, 'jsMs'))} ms), camera move ` +
                `${formatMs(medianOf(each.frames, 'totalMs'))} ms`,
            );
          }
          results.push(...figures);
        }
        console.log(`  Load average after the ${positions} graphs (1/5/15 min): ${loadAverage()}`);
      }
      console.log(`\nLoad average at end (1/5/15 min): ${loadAverage()}`);
      printFigures(results, settings);
      printRatios(results);
      if (browsers.length > 1) printBackEnds(results, browsers);
    } finally {
      await closeBrowsers();
    }
  } finally {
    await closeSite();
  }
}

function loadAverage(): string {
  return os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' / ');
}

/** JavaScript heap in use after a full garbage collection, in MB (Chromium's exact figure through DevTools). */
async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1_048_576;
}

/** One renderer's page, kept open while the renderers of a size take turns. */
interface Session {
  run: RenderRun;
  gl: GlBackEnd;
  page: Page;
  cdp: CDPSession;
  errors: string[];
}

async function step<T>(session: Session, what: string, work: (page: Page) => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} took longer than ${STEP_TIMEOUT_MS / 1000} s`)),
      STEP_TIMEOUT_MS,
    );
  });
  try {
    const result = await Promise.race([work(session.page), timeout]);
    if (session.errors.length > 0) throw new Error(`the bench page reported errors: ${session.errors.join('; ')}`);
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The render bench failed for ${session.run.renderer} on ${session.run.nodes} nodes, ${session.run.positions} ` +
        `positions, ${GL_TITLES[session.gl]} (${what}): ${message}`,
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
  }
}

async function openSession({ browser, backEnd }: GlBrowser, url: string, run: RenderRun): Promise<Session> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const session: Session = { run, gl: backEnd, page, cdp: await page.context().newCDPSession(page), errors };
  await step(session, 'starting the page', async () => {
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  });
  return session;
}

/** `rounds` rounds in which every session takes one turn, in an order that rotates, so load from other processes
 * on a shared machine falls on all renderers alike. */
async function inTurns(sessions: Session[], rounds: number, turn: (session: Session, round: number) => Promise<void>) {
  for (let round = 0; round < rounds; round += 1) {
    for (let offset = 0; offset < sessions.length; offset += 1) {
      await turn(sessions[(round + offset) % sessions.length]!, round);
    }
  }
}

/**
 * Every renderer of one size in its own page (per GL back-end), open together: first renders and camera moves are
 * taken in turns (ours, Sigma, vis-network, then Sigma, vis-network, ours …), after the same warm-up for every renderer.
 */
async function measureSize(
  browsers: readonly GlBrowser[],
  url: string,
  nodes: number,
  positions: RenderPositions,
  settings: BenchSettings['render'],
): Promise<RenderFigures[]> {
  const sessions: Session[] = [];
  try {
    for (const browser of browsers) {
      for (const renderer of settings.renderers) {
        const run: RenderRun = { renderer, positions, nodes, edgesPerNode: EDGES_PER_NODE, seed: 42 };
        sessions.push(await openSession(browser, url, run));
      }
    }
    const figures = new Map<Session, RenderFigures>();
    const heap = new Map<Session, { empty: number; withGraph: number }>();
    for (const session of sessions) {
      const empty = await heapMb(session.cdp);
      const prepared = await step(session, 'building the graph', (page) =>
        page.evaluate((options) => window.renderBench!.prepare(options), session.run),
      );
      heap.set(session, { empty, withGraph: await heapMb(session.cdp) });
      figures.set(session, {
        ...prepared,
        renderer: session.run.renderer,
        gl: session.gl,
        positions,
        pictureDifference: null,
        firstRenders: [],
        frames: [],
        select: null,
        moveAllNodes: [],
        graphHeapMb: 0,
        viewHeapMb: 0,
        layout: null,
      });
    }
    await inTurns(sessions, settings.firstRenders, async (session) => {
      const timing = await step(session, 'the first render', (page) =>
        page.evaluate(() => window.renderBench!.firstRender()),
      );
      figures.get(session)!.firstRenders.push(timing);
    });
    if (browsers.length > 1) await comparePicturesAcrossBackEnds(sessions, figures);
    for (const session of sessions) {
      const { empty, withGraph } = heap.get(session)!;
      const withView = await heapMb(session.cdp);
      Object.assign(figures.get(session)!, { graphHeapMb: withGraph - empty, viewHeapMb: withView - withGraph });
    }
    await inTurns(sessions, WARMUP_MOVES, (session, round) =>
      step(session, 'a warm-up move', (page) => page.evaluate((index) => window.renderBench!.move(index), round)).then(
        () => undefined,
      ),
    );
    await inTurns(sessions, settings.moves, async (session, round) => {
      const timing = await step(session, 'a camera move', (page) =>
        page.evaluate((index) => window.renderBench!.move(index), round),
      );
      figures.get(session)!.frames.push(timing);
    });
    await inTurns(sessions, settings.relayouts, async (session) => {
      const timing = await step(session, 'moving every node', (page) =>
        page.evaluate(() => window.renderBench!.moveAllNodes()),
      );
      if (timing) figures.get(session)!.moveAllNodes.push(timing);
    });
    for (const session of sessions) {
      const result = figures.get(session)!;
      result.select = await step(session, 'a selection', (page) => page.evaluate(() => window.renderBench!.select()));
      if (settings.layoutMs > 0) {
        result.layout = await step(session, 'the layout probe', (page) =>
          page.evaluate((ms) => window.renderBench!.layout(ms), settings.layoutMs),
        );
      }
      await step(session, 'destroying the view', (page) => page.evaluate(() => window.renderBench!.destroy()));
    }
    return sessions.map((session) => figures.get(session)!);
  } finally {
    for (const session of sessions) {
      await session.cdp.detach().catch(() => undefined);
      await session.page.close();
    }
  }
}

/**
 * Each renderer's picture after its first render under every back-end, against its picture under the first one: the
 * share of drawn pixels that differ (the screenshots are kept in test-artifacts/ to look at).
 */
async function comparePicturesAcrossBackEnds(sessions: Session[], figures: Map<Session, RenderFigures>) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const pictures = new Map<Session, Buffer>();
  for (const session of sessions) {
    const picture = await step(session, 'a screenshot', (page) => page.locator('#graph').screenshot());
    const { renderer, positions, nodes } = session.run;
    writeFileSync(
      path.join(ARTIFACTS_DIR, `render-bench-${positions}-${nodes}-${renderer}-${session.gl}.png`),
      picture,
    );
    pictures.set(session, picture);
  }
  for (const session of sessions) {
    const reference = sessions.find((other) => other.run.renderer === session.run.renderer)!;
    const difference = await comparePictures(session.page, pictures.get(reference)!, pictures.get(session)!);
    figures.get(session)!.pictureDifference = difference;
  }
}

const medianOf = (timings: readonly StepTiming[], part: keyof StepTiming) =>
  median(timings.map((timing) => timing[part]));

/** A range of milliseconds, e.g. "980–1,240". */
const range = ([low, high]: [number, number]) => `${formatMs(low)}–${formatMs(high)}`;

function printFigures(results: RenderFigures[], settings: BenchSettings['render']): void {
  console.log('');
  console.log(
    `Medians of ${settings.firstRenders} first renders, ${settings.moves} camera moves (after ${WARMUP_MOVES} ` +
      `warm-up moves each) and ${settings.relayouts} moves of all nodes per renderer, taken in turns; "all nodes ` +
      'moved": every position changed in one update, as at the end of a layout, until drawn.',
  );
  printTable(
    [
      'positions',
      'nodes',
      'mean edge ÷ side',
      'GL',
      'renderer',
      'first render ms',
      'JS ms',
      'camera move ms',
      'middle half',
      'JS ms',
      'select ms',
      'JS ms',
      'all nodes moved ms',
      'JS ms',
      'view heap MB/100k nodes',
      'graph heap MB/100k nodes',
    ],
    results.map((figures) => {
      const per100k = (mb: number) => ((mb * 100_000) / figures.nodes).toFixed(0);
      const optional = (timing: StepTiming | null, part: keyof StepTiming) => (timing ? formatMs(timing[part]) : '–');
      return [
        figures.positions,
        figures.nodes.toLocaleString('en'),
        figures.edgeLengthShare.toFixed(3),
        GL_TITLES[figures.gl],
        RENDERER_TITLES[figures.renderer],
        formatMs(medianOf(figures.firstRenders, 'totalMs')),
        formatMs(medianOf(figures.firstRenders, 'jsMs')),
        formatMs(medianOf(figures.frames, 'totalMs')),
        range(quartiles(figures.frames.map((timing) => timing.totalMs))),
        formatMs(medianOf(figures.frames, 'jsMs')),
        optional(figures.select, 'totalMs'),
        optional(figures.select, 'jsMs'),
        figures.moveAllNodes.length > 0 ? formatMs(medianOf(figures.moveAllNodes, 'totalMs')) : '–',
        figures.moveAllNodes.length > 0 ? formatMs(medianOf(figures.moveAllNodes, 'jsMs')) : '–',
        per100k(figures.viewHeapMb),
        per100k(figures.graphHeapMb),
      ];
    }),
  );
  const layouts = results.filter((figures) => figures.layout);
  if (layouts.length > 0) {
    console.log('\nForceAtlas2 in its worker while the view draws (PerformanceObserver "longtask", tasks over 50 ms):');
    printTable(
      [
        'positions',
        'nodes',
        'GL',
        'ran ms',
        'converged',
        'frames drawn',
        'long tasks while running',
        'longest ms',
        'stop → drawn ms',
        'longest task then ms',
      ],
      layouts.map(({ positions, nodes, gl, layout }) => [
        positions,
        nodes.toLocaleString('en'),
        GL_TITLES[gl],
        formatMs(layout!.durationMs),
        layout!.convergedByItself ? 'yes' : 'no',
        String(layout!.frames),
        String(layout!.longTasks),
        formatMs(layout!.longestTaskMs),
        formatMs(layout!.stopMs),
        formatMs(layout!.longestStopTaskMs),
      ]),
    );
  }
}

/**
 * The median of the ratios taken turn by turn (ours in a round ÷ theirs in the same round): both sides of a ratio
 * ran under the same load from other processes.
 */
function pairedRatios(ours: readonly StepTiming[], theirs: readonly StepTiming[], part: keyof StepTiming): number[] {
  const count = Math.min(ours.length, theirs.length);
  return Array.from({ length: count }, (_unused, index) => ours[index]![part] / theirs[index]![part]);
}

/** The figures of each graph and GL back-end, once per run of a size. */
const runsOf = (results: RenderFigures[]) => [
  ...new Map(results.map((figures) => [`${figures.positions} ${figures.nodes} ${figures.gl}`, figures])).values(),
];

function printRatios(results: RenderFigures[]): void {
  const rows = runsOf(results).flatMap(({ positions, nodes, gl }) => {
    const find = (renderer: RenderRun['renderer']) =>
      results.find(
        (figures) =>
          figures.positions === positions &&
          figures.nodes === nodes &&
          figures.gl === gl &&
          figures.renderer === renderer,
      );
    const ours = find('graph-view');
    if (!ours) return [];
    const sigma = find('sigma');
    const vis = find('vis-network');
    const toSigma = (timings: (figures: RenderFigures) => StepTiming[], part: keyof StepTiming) =>
      sigma ? median(pairedRatios(timings(ours), timings(sigma), part)) : NaN;
    const fromVis = (part: keyof StepTiming) =>
      vis ? 1 / median(pairedRatios(ours.firstRenders, vis.firstRenders, part)) : NaN;
    const moveSpread: [number, number] = sigma
      ? quartiles(pairedRatios(ours.frames, sigma.frames, 'totalMs'))
      : [NaN, NaN];
    const sigmaRatios = [
      toSigma((f) => f.firstRenders, 'totalMs'),
      toSigma((f) => f.firstRenders, 'jsMs'),
      toSigma((f) => f.frames, 'totalMs'),
      toSigma((f) => f.frames, 'jsMs'),
    ];
    const visRatios = [fromVis('totalMs'), fromVis('jsMs')];
    const relayout = [toSigma((f) => f.moveAllNodes, 'totalMs'), toSigma((f) => f.moveAllNodes, 'jsMs')];
    const meets =
      sigmaRatios.every((ratio) => Number.isNaN(ratio) || ratio <= SIGMA_TARGET) &&
      visRatios.every((ratio) => Number.isNaN(ratio) || ratio >= VIS_TARGET);
    const verdict = !sigma && !vis ? '–' : meets ? 'yes' : 'NO';
    return [
      [
        positions,
        nodes.toLocaleString('en'),
        GL_TITLES[gl],
        formatRatio(sigmaRatios[0]!),
        formatRatio(sigmaRatios[1]!),
        formatRatio(sigmaRatios[2]!),
        `${formatRatio(moveSpread[0])}–${formatRatio(moveSpread[1])}`,
        formatRatio(sigmaRatios[3]!),
        formatRatio(relayout[0]!),
        formatRatio(relayout[1]!),
        formatRatio(visRatios[0]!),
        formatRatio(visRatios[1]!),
        verdict,
      ],
    ];
  });
  if (rows.length === 0) return;
  console.log(
    '\nOur ratios, turn by turn (GraphView ÷ Sigma: lower is better, target ≤ 1.2×; vis-network ÷ GraphView: ' +
      'target ≥ 3×):',
  );
  printTable(
    [
      'positions',
      'nodes',
      'GL',
      'first render ÷ Sigma',
      'JS',
      'camera move ÷ Sigma',
      'middle half',
      'JS',
      'all nodes moved ÷ Sigma',
      'JS',
      'vis first render ÷ ours',
      'JS',
      'targets met',
    ],
    rows,
  );
}

/**
 * Every renderer under each further back-end against the first one (BENCH_RENDER_GL=swiftshader,mesa): first render
 * and camera move until drawn, ratios turn by turn (the first back-end's time ÷ this one's: above 1 is faster here),
 * and the share of drawn pixels that differ between the two pictures.
 */
function printBackEnds(results: RenderFigures[], browsers: readonly GlBrowser[]): void {
  const [reference, ...others] = browsers.map((browser) => browser.backEnd);
  const rows = results
    .filter((figures) => others.includes(figures.gl))
    .map((figures) => {
      const base = results.find(
        (each) =>
          each.gl === reference &&
          each.positions === figures.positions &&
          each.nodes === figures.nodes &&
          each.renderer === figures.renderer,
      );
      const speedUp = (timings: (each: RenderFigures) => StepTiming[]) =>
        base ? median(pairedRatios(timings(base), timings(figures), 'totalMs')) : NaN;
      return [
        figures.positions,
        figures.nodes.toLocaleString('en'),
        RENDERER_TITLES[figures.renderer],
        GL_TITLES[figures.gl],
        base ? formatMs(medianOf(base.firstRenders, 'totalMs')) : '–',
        formatMs(medianOf(figures.firstRenders, 'totalMs')),
        formatRatio(speedUp((each) => each.firstRenders)),
        formatRatio(speedUp((each) => each.frames)),
        figures.pictureDifference === null ? '–' : `${(figures.pictureDifference * 100).toFixed(2)} %`,
      ];
    });
  console.log(`\nGL back-ends against ${GL_TITLES[reference!]} (until drawn, turn by turn; above 1× is faster):`);
  printTable(
    [
      'positions',
      'nodes',
      'renderer',
      'GL',
      `first render ms, ${GL_TITLES[reference!]}`,
      'here',
      'first render speed-up',
      'camera move speed-up',
      'drawn pixels differing',
    ],
    rows,
  );
}
