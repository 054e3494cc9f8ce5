// A query's rows as a person reads them: relationships, paths and internal ids left out of the table, nodes by
// caption, lists joined, and the same columns in the CSV export, parsed back here.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CypherResult } from '../../../client/src/api/api-contract';
import { cellText, readableColumns, rowsCsv, showsTable } from '../../../client/src/core/queries/result-rows';

const reports = { type: 'REPORTS', properties: { quote: 'at least 30' } };
const ryder = { id: 'person:pat-ryder', labels: ['Person'] };

function result(rows: CypherResult['rows'], nodes = 1): CypherResult {
  return {
    columns: Object.keys(rows[0] ?? {}),
    rows,
    graph: {
      nodes: Array.from({ length: nodes }, (_, i) => ({ id: `n:${i}`, labels: ['X'], caption: 'x', properties: {} })),
      edges: [],
    },
    summary: { queryType: 'r', rows: rows.length, truncated: false, ms: 1 },
  };
}

const caption = (id: string) => (id === ryder.id ? 'Pat Ryder' : id);

describe('the rows of a query', () => {
  const casualties = result([
    {
      claimant: ryder,
      claimId: 'claim:ryder-1',
      claim: 'killed and wounded, "several"',
      claimedRels: [reports],
      figures: null,
    },
    { claimant: ryder, claimId: 'claim:ryder-2', claim: 'a second, with a\nline break', claimedRels: [], figures: 30 },
  ]);

  it('leaves out columns of only relationships, paths or node ids', () => {
    expect(readableColumns(casualties)).toEqual(['claimant', 'claim', 'figures']);
  });

  it('names nodes by caption, joins lists, and leaves an empty value empty', () => {
    expect(cellText(ryder, caption)).toBe('Pat Ryder');
    expect(cellText([ryder, 'and', 3], caption)).toBe('Pat Ryder, and, 3');
    expect(cellText(null, caption)).toBe('');
    expect(cellText(reports, caption)).toBe(':REPORTS');
  });

  it('shows a table only when a readable column holds more than nodes', () => {
    expect(showsTable(casualties)).toBe(true);
    expect(showsTable(result([{ who: ryder, rel: reports }]))).toBe(false);
    expect(showsTable(result([{ id: 'claim:a' }], 0))).toBe(false);
    expect(showsTable(result([{ count: 3 }], 0))).toBe(true);
  });

  it('exports the readable columns as CSV that parses back to the same cells', async () => {
    const csv = await rowsCsv(casualties, caption);
    const parsed = Papa.parse<string[]>(csv.trim());
    expect(parsed.data).toEqual([
      ['claimant', 'claim', 'figures'],
      ['Pat Ryder', 'killed and wounded, "several"', ''],
      ['Pat Ryder', 'a second, with a\nline break', '30'],
    ]);
  });
});
