// The benchmark's settings: which parts run, and every environment variable with its default and validation, side
// by side. Read once at start; a bad value stops the run with a message saying what to write instead.
import { z } from 'zod';
import { wholeNumber } from '../server/src/config/config.schema';
import { GL_CHOICES, type GlChoice } from './render/gl-back-ends';
import { RENDER_POSITIONS, RENDERERS, type RendererName, type RenderPositions } from './render/render-figures';

export const BENCH_PARTS = ['api', 'scale', 'render', 'ingest'] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

const size = z
  .number({ error: 'must be node counts separated by commas, e.g. 1000,10000,50000' })
  .int('must be whole numbers')
  .min(10, 'must be at least 10 nodes each')
  .max(1_000_000, 'must be at most 1000000 nodes each');

const envSchema = z.object({
  /** Parts to run when none are given as arguments, comma-separated. */
  BENCH_PARTS: z.string().default(BENCH_PARTS.join(',')),
  /** Seed-graph part: warm-up requests and timed requests per endpoint. */
  BENCH_WARMUP: wholeNumber(0, 10_000).default(20),
  BENCH_SAMPLES: wholeNumber(1, 100_000).default(200),
  /** Scale part: how many synthetic nodes to load (about 4.9 relationships each). */
  BENCH_SCALE_NODES: wholeNumber(1_000, 5_000_000).default(1_000_000),
  /** Scale part: nodes the UNWIND loader writes into the live database first, for its rate beside the import's (0: skip). */
  BENCH_SCALE_UNWIND_NODES: wholeNumber(0, 5_000_000)
    .refine((nodes) => nodes === 0 || nodes >= 1_000, 'must be 0 (skip it) or at least 1000')
    .default(100_000),
  /** Scale part: most timed requests per endpoint, and the time after which an endpoint stops sampling. */
  BENCH_SCALE_SAMPLES: wholeNumber(5, 10_000).default(100),
  BENCH_SCALE_BUDGET_MS: wholeNumber(500, 600_000).default(6_000),
  /** Scale part: requests of each kind in the proxy-against-driver comparison. */
  BENCH_PROXY_SAMPLES: wholeNumber(10, 100_000).default(300),
  /** Scale part: heap and page cache of the bench's own Neo4j (a 1M-node graph needs about 2g of page cache). */
  BENCH_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, 'must be a JVM size such as 2g')
    .default('2g'),
  BENCH_NEO4J_PAGE_CACHE_MB: wholeNumber(64, 65_536).default(3_072),
  /** Set to 1 to let the scale part write into (and afterwards clean) the database of NEO4J_URI. */
  BENCH_SYNTHETIC: z.enum(['0', '1']).default('0'),
  /** Render part: graph sizes in nodes (the first is the baseline), and timed camera moves per size. */
  BENCH_RENDER_SIZES: z
    .string()
    .default('10000,50000,100000')
    .transform((value) => value.split(',').map((item) => Number(item.trim())))
    .pipe(z.array(size).min(1, 'must list at least one size')),
  BENCH_RENDER_MOVES: wholeNumber(1, 1_000).default(15),
  /**
   * Render part: first renders per renderer and size (each from a fresh view; the median is printed). Seven: with
   * three, the median of a first render's JavaScript swung between runs (bare Sigma's at 10k: 88–172 ms).
   */
  BENCH_RENDER_FIRST_RENDERS: wholeNumber(1, 100).default(7),
  /** Render part: moves of every node at once (a layout's end) per renderer and size, taken in turns. */
  BENCH_RENDER_RELAYOUTS: wholeNumber(1, 100).default(3),
  /** Render part: renderers to draw side by side (ratios need graph-view with sigma or vis-network). */
  BENCH_RENDER_RENDERERS: z
    .string()
    .default(RENDERERS.join(','))
    .transform((value) => value.split(',').map((item) => item.trim()))
    .pipe(z.array(z.enum(RENDERERS, { error: `must be among ${RENDERERS.join(', ')}` })).min(1)),
  /** Render part: the graphs drawn, random positions (every edge long) and/or laid out (clusters, short edges). */
  BENCH_RENDER_POSITIONS: z
    .string()
    .default(RENDER_POSITIONS.join(','))
    .transform((value) => value.split(',').map((item) => item.trim()))
    .pipe(z.array(z.enum(RENDER_POSITIONS, { error: `must be among ${RENDER_POSITIONS.join(', ')}` })).min(1)),
  /**
   * Render part: Chromium's GL back-end, `auto` (Mesa llvmpipe when it draws WebGL here, else SwiftShader), or
   * `swiftshader`, `mesa` or both (`swiftshader,mesa`: one browser each, every page of a size taking turns).
   */
  BENCH_RENDER_GL: z
    .string()
    .default('auto')
    .transform((value) => value.split(',').map((item) => item.trim()))
    .pipe(
      z
        .array(z.enum(GL_CHOICES, { error: `must be among ${GL_CHOICES.join(', ')}` }))
        .min(1)
        .refine(
          (choices) => !choices.includes('auto') || choices.length === 1,
          'must be auto alone or a list of back-ends',
        ),
    ),
  /** Render part: how long the ForceAtlas2 worker runs on each size while long tasks are counted (0: skip). */
  BENCH_RENDER_LAYOUT_MS: wholeNumber(0, 600_000).default(6_000),
});

export interface BenchSettings {
  parts: BenchPart[];
  seed: { warmup: number; samples: number };
  scale: {
    nodes: number;
    unwindNodes: number;
    maxSamples: number;
    budgetMs: number;
    proxySamples: number;
    allowExternal: boolean;
    neo4j: { heap: string; pageCacheMb: number };
  };
  render: {
    sizes: number[];
    moves: number;
    firstRenders: number;
    relayouts: number;
    renderers: RendererName[];
    positions: RenderPositions[];
    gl: GlChoice[];
    layoutMs: number;
  };
}

export class BenchSettingsError extends Error {
  override name = 'BenchSettingsError';
}

export function readBenchSettings(args: readonly string[], env: NodeJS.ProcessEnv): BenchSettings {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    throw new BenchSettingsError(`Bad benchmark setting: ${issues.join('; ')}.`);
  }
  const values = parsed.data;
  return {
    parts: readParts(args.length > 0 ? args : [values.BENCH_PARTS]),
    seed: { warmup: values.BENCH_WARMUP, samples: values.BENCH_SAMPLES },
    scale: {
      nodes: values.BENCH_SCALE_NODES,
      unwindNodes: values.BENCH_SCALE_UNWIND_NODES,
      maxSamples: values.BENCH_SCALE_SAMPLES,
      budgetMs: values.BENCH_SCALE_BUDGET_MS,
      proxySamples: values.BENCH_PROXY_SAMPLES,
      allowExternal: values.BENCH_SYNTHETIC === '1',
      neo4j: { heap: values.BENCH_NEO4J_HEAP, pageCacheMb: values.BENCH_NEO4J_PAGE_CACHE_MB },
    },
    render: {
      sizes: values.BENCH_RENDER_SIZES,
      moves: values.BENCH_RENDER_MOVES,
      firstRenders: values.BENCH_RENDER_FIRST_RENDERS,
      relayouts: values.BENCH_RENDER_RELAYOUTS,
      renderers: values.BENCH_RENDER_RENDERERS,
      positions: values.BENCH_RENDER_POSITIONS,
      gl: values.BENCH_RENDER_GL,
      layoutMs: values.BENCH_RENDER_LAYOUT_MS,
    },
  };
}

/** Accepts `api scale`, `api,scale`, `api|scale` or `all`; keeps the documented order whatever order is given. */
function readParts(words: readonly string[]): BenchPart[] {
  const names = words.flatMap((word) => word.split(/[\s,|]+/)).filter(Boolean);
  const unknown = names.filter((name) => name !== 'all' && !(BENCH_PARTS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new BenchSettingsError(
      `Unknown benchmark part "${unknown.join('", "')}". Choose from ${BENCH_PARTS.join(', ')} or all, ` +
        'e.g. "npm run bench -- scale render" or BENCH_PARTS=api,render.',
    );
  }
  if (names.length === 0 || names.includes('all')) return [...BENCH_PARTS];
  return BENCH_PARTS.filter((part) => names.includes(part));
}
