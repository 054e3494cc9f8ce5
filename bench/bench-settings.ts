// The benchmark's settings: which parts run, and every environment variable with its default and validation, side
// by side. Read once at start; a bad value stops the run with a message saying what to write instead.
import { z } from 'zod';
import { wholeNumber } from '../server/src/config/config.schema';
import { RENDERERS, type RendererName } from './render/render-figures';

export const BENCH_PARTS = ['api', 'large', 'render', 'ingest'] as const;
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
  /** Large-graph part: about how many synthetic nodes to write. */
  BENCH_LARGE_NODES: wholeNumber(1_000, 2_000_000).default(100_000),
  /** Large-graph part: most timed requests per endpoint, and the time after which an endpoint stops sampling. */
  BENCH_LARGE_SAMPLES: wholeNumber(5, 10_000).default(40),
  BENCH_LARGE_BUDGET_MS: wholeNumber(500, 600_000).default(6_000),
  /** Set to 1 to let the large-graph part write into (and afterwards clean) the database of NEO4J_URI. */
  BENCH_SYNTHETIC: z.enum(['0', '1']).default('0'),
  /** Render part: graph sizes in nodes (the first is the baseline), and timed camera moves per size. */
  BENCH_RENDER_SIZES: z
    .string()
    .default('10000,50000,100000')
    .transform((value) => value.split(',').map((item) => Number(item.trim())))
    .pipe(z.array(size).min(1, 'must list at least one size')),
  BENCH_RENDER_MOVES: wholeNumber(1, 1_000).default(5),
  /** Render part: renderers to draw side by side (ratios need graph-view with sigma or vis-network). */
  BENCH_RENDER_RENDERERS: z
    .string()
    .default(RENDERERS.join(','))
    .transform((value) => value.split(',').map((item) => item.trim()))
    .pipe(z.array(z.enum(RENDERERS, { error: `must be among ${RENDERERS.join(', ')}` })).min(1)),
  /** Render part: how long the ForceAtlas2 worker runs on each size while long tasks are counted (0: skip). */
  BENCH_RENDER_LAYOUT_MS: wholeNumber(0, 600_000).default(6_000),
});

export interface BenchSettings {
  parts: BenchPart[];
  seed: { warmup: number; samples: number };
  large: { nodes: number; maxSamples: number; budgetMs: number; allowExternal: boolean };
  render: { sizes: number[]; moves: number; renderers: RendererName[]; layoutMs: number };
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
    large: {
      nodes: values.BENCH_LARGE_NODES,
      maxSamples: values.BENCH_LARGE_SAMPLES,
      budgetMs: values.BENCH_LARGE_BUDGET_MS,
      allowExternal: values.BENCH_SYNTHETIC === '1',
    },
    render: {
      sizes: values.BENCH_RENDER_SIZES,
      moves: values.BENCH_RENDER_MOVES,
      renderers: values.BENCH_RENDER_RENDERERS,
      layoutMs: values.BENCH_RENDER_LAYOUT_MS,
    },
  };
}

/** Accepts `api large`, `api,large`, `api|large` or `all`; keeps the documented order whatever order is given. */
function readParts(words: readonly string[]): BenchPart[] {
  const names = words.flatMap((word) => word.split(/[\s,|]+/)).filter(Boolean);
  const unknown = names.filter((name) => name !== 'all' && !(BENCH_PARTS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new BenchSettingsError(
      `Unknown benchmark part "${unknown.join('", "')}". Choose from ${BENCH_PARTS.join(', ')} or all, ` +
        'e.g. "npm run bench -- large render" or BENCH_PARTS=api,render.',
    );
  }
  if (names.length === 0 || names.includes('all')) return [...BENCH_PARTS];
  return BENCH_PARTS.filter((part) => names.includes(part));
}
