// The claims CSV: one row per claim and source, quoting that survives commas, quotes and line breaks, and no cell a
// spreadsheet would run as a formula.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { claimsToCsv } from '../../server/src/claims/claims-csv';
import type { Claim } from '../../server/src/claims/claims.schema';

const claim: Claim = {
  id: 'claim:x',
  name: 'X',
  text: 'He said "30, maybe more"\non two lines',
  date: '2024-12-16',
  datePrecision: 'undated',
  dateNote: null,
  kind: 'casualties',
  countMin: 30,
  countMax: null,
  countText: 'at least 30',
  measure: 'killed',
  verified: false,
  claimants: [{ id: 'person:a', labels: ['Person'], name: 'A', channel: 'X', note: null }],
  about: [],
  sources: [
    {
      articleId: 'article:1',
      title: '=HYPERLINK("http://evil")',
      outlet: 'Outlet',
      outletId: null,
      published: '2024-12-16',
      publishedPrecision: 'on-or-after',
      quote: '-30 or so',
      passage: null,
      note: null,
    },
    {
      articleId: 'article:2',
      title: 'Two',
      outlet: null,
      outletId: null,
      published: null,
      publishedPrecision: null,
      quote: null,
      passage: null,
      note: 'differs',
    },
  ],
  sourceCount: 2,
  independentSourceCount: 2,
  firstReport: {
    articleId: 'article:1',
    outlet: 'Outlet',
    published: '2024-12-16',
    publishedPrecision: 'on-or-after',
    tie: true,
    candidates: ['article:1', 'article:2'],
  },
  corroborates: [],
  contradicts: [],
};

describe('claimsToCsv', () => {
  it('writes one row per source that reads back to the same values', () => {
    const rows = Papa.parse<Record<string, string>>(claimsToCsv([claim]), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      claimId: 'claim:x',
      claim: claim.text,
      claimant: 'A (X)',
      figures: '≥ 30',
      datePrecision: 'assumed: not dated in the source, report date used',
      publishedPrecision: 'on or after',
      firstReportedBy: 'cannot tell (2 sources may have been first)',
    });
    expect(rows[1]).toMatchObject({ articleId: 'article:2', published: '', sourceNote: 'differs' });
  });

  it('escapes cells a spreadsheet would run as formulas', () => {
    const rows = Papa.parse<Record<string, string>>(claimsToCsv([claim]), { header: true, skipEmptyLines: true }).data;
    expect(rows[0]?.article).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[0]?.quote).toBe(`'-30 or so`);
  });

  it('gives a claim without sources one row', () => {
    const lonely = { ...claim, sources: [], sourceCount: 0, independentSourceCount: 0, firstReport: null };
    const rows = Papa.parse<Record<string, string>>(claimsToCsv([lonely]), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ claimId: 'claim:x', articleId: '', firstReportedBy: '' });
  });
});
