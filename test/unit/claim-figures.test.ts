// Figures and dates of claims as people read them, the same in the CSV export and the client.
import { describe, expect, it } from 'vitest';
import { describeDatePrecision, describePublishedPrecision, formatFigure } from '../../server/src/claims/claim-figures';

describe('formatFigure', () => {
  it.each([
    [30, null, '≥ 30'],
    [null, 12000, '≤ 12,000'],
    [24, 99, '24–99'],
    [200, 200, '200'],
    [10000, 12000, '10,000–12,000'],
    [0, 0, '0'],
    [null, null, ''],
  ])('writes min %s and max %s as "%s", an open end left open', (min, max, expected) => {
    expect(formatFigure(min, max)).toBe(expected);
  });
});

describe('date precision in words', () => {
  it('says when a claim date is only a stand-in for the report date', () => {
    expect(describeDatePrecision('undated')).toMatch(/^assumed/);
    expect(describeDatePrecision('day')).toBe('exact day');
    expect(describeDatePrecision('month')).toBe('to the month');
    expect(describeDatePrecision(null)).toBe('exact day');
  });

  it('says when a publication date is only a lower bound', () => {
    expect(describePublishedPrecision('on-or-after')).toBe('on or after');
    expect(describePublishedPrecision('day')).toBe('exact day');
    expect(describePublishedPrecision(null)).toBe('no date');
  });
});
