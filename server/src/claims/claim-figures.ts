// How a claim's figure and date read to a person: bounds as "≥ 30", "≤ 12,000", "24–99" or "200", and the date's
// precision as exact, a month, or a stand-in. Pure functions shared by the CSV export and the client.

const NUMBER = new Intl.NumberFormat('en-US');

/** The figure as bounds; an open end stays open ("≥ 30"), never filled in. Empty when the claim has no figure. */
export function formatFigure(countMin: number | null, countMax: number | null): string {
  if (countMin !== null && countMax !== null) {
    return countMin === countMax ? NUMBER.format(countMin) : `${NUMBER.format(countMin)}–${NUMBER.format(countMax)}`;
  }
  if (countMin !== null) return `≥ ${NUMBER.format(countMin)}`;
  if (countMax !== null) return `≤ ${NUMBER.format(countMax)}`;
  return '';
}

/** Claim.datePrecision in words: `undated` means the date is the reporting article's, a stand-in. */
export function describeDatePrecision(precision: string | null): string {
  switch (precision) {
    case null:
    case 'day':
      return 'exact day';
    case 'undated':
      return 'assumed: not dated in the source, report date used';
    case 'approximate':
      return 'approximate';
    default:
      return `to the ${precision}`;
  }
}

/** Article.publishedPrecision in words. */
export function describePublishedPrecision(precision: string | null): string {
  if (precision === null) return 'no date';
  if (precision === 'day') return 'exact day';
  if (precision === 'on-or-after') return 'on or after';
  return precision;
}
