// Arguments of `npm run ingest -- path/to/article.txt [--published YYYY-MM-DD] [--outlet NAME] [--title T] [--url U]`.

export interface IngestArgs {
  file: string;
  published?: string;
  outlet?: string;
  title?: string;
  url?: string;
}

export class IngestUsageError extends Error {
  override name = 'IngestUsageError';
}

const USAGE =
  'Usage: npm run ingest -- path/to/article.txt [--published YYYY-MM-DD] [--outlet NAME] [--title TITLE] [--url URL]';
const OPTIONS = new Set(['published', 'outlet', 'title', 'url']);

export function parseIngestArgs(argv: readonly string[]): IngestArgs {
  const args: Partial<IngestArgs> = {};
  for (let index = 0; index < argv.length; index += 1) {
    const word = argv[index] ?? '';
    const option = /^--([a-z]+)(?:=(.*))?$/.exec(word);
    if (!option) {
      if (args.file) throw new IngestUsageError(`One article at a time ("${word}" is a second file).\n${USAGE}`);
      args.file = word;
      continue;
    }
    const name = option[1] ?? '';
    if (!OPTIONS.has(name)) throw new IngestUsageError(`Unknown option --${name}.\n${USAGE}`);
    const value = option[2] ?? argv[++index];
    if (!value) throw new IngestUsageError(`--${name} needs a value.\n${USAGE}`);
    (args as Record<string, string>)[name] = value;
  }
  if (!args.file) throw new IngestUsageError(`Name the article file.\n${USAGE}`);
  if (args.published && !/^\d{4}-\d{2}-\d{2}$/.test(args.published)) {
    throw new IngestUsageError(`--published must be a date written YYYY-MM-DD (got "${args.published}").`);
  }
  return args as IngestArgs;
}
