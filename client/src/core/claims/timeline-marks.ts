// What the Claims timeline draws, computed from claims: a mark for each claim at the date it was said, on the row of
// each of its claimants (or of its kind), and a mark for each source at its publication date on the same row, so the
// gap between saying and reporting shows. Dates not known to the day are marked as such, never drawn as exact.
import type { Claim } from '../../api/api-contract';

export type TimelineGrouping = 'claimant' | 'kind';

export interface SaidMark {
  claimId: string;
  group: string;
  /** YYYY-MM-DD. */
  date: string;
  /** False when the date is approximate, only a week or month, or the report's date standing in. */
  exact: boolean;
  label: string;
}

export interface ReportMark {
  claimId: string;
  group: string;
  /** When the claim was said, for the line joining it to the report. */
  said: string;
  published: string;
  label: string;
}

export interface TimelineMarks {
  said: SaidMark[];
  reported: ReportMark[];
  /** The rows, in the order of their first claim. */
  groups: string[];
  /** Every date a claim was said, once each, in order: the steps of play-back. */
  dates: string[];
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** The day of an ISO date or date-time, or null when the value is not one. */
export function isoDay(value: string | null | undefined): string | null {
  return value && ISO_DAY.test(value) ? value.slice(0, 10) : null;
}

export function timelineMarks(claims: readonly Claim[], grouping: TimelineGrouping): TimelineMarks {
  const said: SaidMark[] = [];
  const reported: ReportMark[] = [];
  const dated = claims
    .map((claim) => ({ claim, date: isoDay(claim.date) }))
    .filter((entry): entry is { claim: Claim; date: string } => entry.date !== null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const { claim, date } of dated) {
    const exact = claim.datePrecision === null || claim.datePrecision === 'day';
    for (const group of groupsOf(claim, grouping)) {
      said.push({
        claimId: claim.id,
        group,
        date,
        exact,
        label: `${group}, ${date}${exact ? '' : ' (date not exact)'}: ${claimText(claim)}`,
      });
      for (const source of claim.sources) {
        const published = isoDay(source.published);
        if (!published) continue;
        const outlet = source.outlet ?? source.title ?? source.articleId;
        reported.push({
          claimId: claim.id,
          group,
          said: date,
          published,
          label: `Reported by ${outlet}, ${published}${source.publishedPrecision === 'on-or-after' ? ' or later' : ''}`,
        });
      }
    }
  }
  return {
    said,
    reported,
    groups: [...new Set(said.map((mark) => mark.group))],
    dates: [...new Set(dated.map((entry) => entry.date))],
  };
}

function groupsOf(claim: Claim, grouping: TimelineGrouping): string[] {
  if (grouping === 'kind') return [claim.kind ?? 'no kind'];
  const names = claim.claimants.map((who) => who.name ?? who.id);
  return names.length > 0 ? [...new Set(names)] : ['unattributed'];
}

/** The claim's text, shortened for a label. */
export function claimText(claim: Claim, length = 90): string {
  const text = claim.text ?? claim.name ?? claim.id;
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
