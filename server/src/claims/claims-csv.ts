// Claims as CSV for a fact-checking desk: one row per claim and source, so every figure carries its citation.
import Papa from 'papaparse';
import { describeDatePrecision, describePublishedPrecision, formatFigure } from './claim-figures';
import type { Claim } from './claims.schema';

export const CLAIMS_CSV_COLUMNS = [
  'claimId',
  'date',
  'datePrecision',
  'claimant',
  'claim',
  'kind',
  'figures',
  'figureAsStated',
  'measure',
  'about',
  'sourceCount',
  'independentSourceCount',
  'firstReportedBy',
  'outlet',
  'article',
  'articleId',
  'published',
  'publishedPrecision',
  'quote',
  'passage',
  'sourceNote',
] as const;

type CsvRow = Record<(typeof CLAIMS_CSV_COLUMNS)[number], string | number>;

export function claimsToCsv(claims: readonly Claim[]): string {
  const rows = claims.flatMap((claim) => {
    const shared = claimColumns(claim);
    if (claim.sources.length === 0) return [{ ...shared, ...sourceColumns(undefined) }];
    return claim.sources.map((source) => ({ ...shared, ...sourceColumns(source) }));
  });
  // Papa quotes fields with separators, quotes or line breaks, and escapes leading =+-@ against formula injection.
  return Papa.unparse(
    { fields: [...CLAIMS_CSV_COLUMNS], data: rows.map((row) => CLAIMS_CSV_COLUMNS.map((c) => row[c])) },
    {
      escapeFormulae: true,
      newline: '\r\n',
    },
  );
}

function claimColumns(claim: Claim): Omit<CsvRow, keyof ReturnType<typeof sourceColumns>> {
  return {
    claimId: claim.id,
    date: claim.date ?? '',
    datePrecision: describeDatePrecision(claim.datePrecision),
    claimant: claim.claimants.map((who) => (who.channel ? `${who.name} (${who.channel})` : who.name)).join('; '),
    claim: claim.text ?? '',
    kind: claim.kind ?? '',
    figures: formatFigure(claim.countMin, claim.countMax),
    figureAsStated: claim.countText ?? '',
    measure: claim.measure ?? '',
    about: claim.about.map((what) => what.name ?? what.id).join('; '),
    sourceCount: claim.sourceCount,
    independentSourceCount: claim.independentSourceCount,
    firstReportedBy: firstReportedBy(claim),
  };
}

function sourceColumns(source: Claim['sources'][number] | undefined) {
  return {
    outlet: source?.outlet ?? '',
    article: source?.title ?? '',
    articleId: source?.articleId ?? '',
    published: source?.published ?? '',
    publishedPrecision: source ? describePublishedPrecision(source.publishedPrecision) : '',
    quote: source?.quote ?? '',
    passage: source?.passage ?? '',
    sourceNote: source?.note ?? '',
  };
}

function firstReportedBy(claim: Claim): string {
  const first = claim.firstReport;
  if (!first) return '';
  if (first.tie) return `cannot tell (${first.candidates.length} sources may have been first)`;
  return `${first.outlet ?? 'unknown outlet'}: ${first.articleId}`;
}
