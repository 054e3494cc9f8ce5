// The Claims timeline (state and actions): the claims the workbench's filters find at any date, drawn on a time
// axis by claimant or by kind; a date range brushed on it, which is the explorer's one date filter (the graph hides
// dated nodes outside it, the table lists only claims inside it, the address keeps it); and play-back, which steps
// the range's end through the dates claims were said.
import type { Claim } from '../../api/api-contract';
import type { ActionResult } from '../action-result';
import type { FiltersDomain } from '../filters/filters-domain';
import { atom } from '../state/atom';
import type { ClaimsDomain } from './claims-domain';
import type { ClaimsWorkbench } from './claims-workbench';
import { toRequest } from './claims-workbench';
import type { ClaimsView } from './claims-state';
import { timelineMarks, type TimelineGrouping, type TimelineMarks } from './timeline-marks';

/** The most claims a timeline draws; the server answers at most this many in one page. */
export const TIMELINE_LIMIT = 1_000;

/** How long play-back stays on each date. */
export const PLAY_STEP_MS = 900;

export type TimelineData =
  | { type: 'idle' }
  | { type: 'loading'; shown: TimelineMarks | null }
  | { type: 'ready'; marks: TimelineMarks; total: number }
  | { type: 'failed'; message: string; shown: TimelineMarks | null };

export type Playback = { type: 'stopped' } | { type: 'playing'; step: number; of: number };

export interface DateRange {
  from: string | null;
  to: string | null;
}

export class ClaimsTimeline {
  readonly grouping = atom<TimelineGrouping>('claimant');
  readonly data = atom<TimelineData>({ type: 'idle' });
  readonly playback = atom<Playback>({ type: 'stopped' });
  private claims: Claim[] = [];
  private loadedFor: string | null = null;
  private latest = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly claimsDomain: ClaimsDomain,
    private readonly workbench: ClaimsWorkbench,
    private readonly filters: FiltersDomain,
  ) {
    // Other filters than the dates change which claims the timeline holds; the dates only move the brush.
    workbench.view.subscribe((view) => {
      if (this.loadedFor !== null && undatedKey(view) !== this.loadedFor) void this.load();
    });
  }

  /** The explorer's date range (the filters domain's), which the brush shows. */
  range(): DateRange {
    const { from, to } = this.filters.state.get();
    return { from, to };
  }

  /** Loads the claims the workbench's filters find, whatever their date; an older answer is dropped. */
  async load(): Promise<ActionResult<{ marks: TimelineMarks }>> {
    const view = this.workbench.view.get();
    const request = ++this.latest;
    this.loadedFor = undatedKey(view);
    const shown = this.shownMarks();
    this.data.set({ type: 'loading', shown });
    const filter = { ...toRequest(view), from: undefined, to: undefined, sort: 'date' as const, order: 'asc' as const };
    const answer = await this.claimsDomain.list({ ...filter, skip: 0, limit: TIMELINE_LIMIT });
    if (request !== this.latest)
      return answer.ok ? { ok: true, marks: timelineMarks(answer.claims, this.grouping.get()) } : answer;
    if (!answer.ok) {
      this.data.set({ type: 'failed', message: answer.error.message, shown });
      return answer;
    }
    this.claims = answer.claims;
    const marks = timelineMarks(this.claims, this.grouping.get());
    this.data.set({ type: 'ready', marks, total: answer.total });
    return { ok: true, marks };
  }

  /** Rows by claimant or by kind. */
  groupBy(grouping: TimelineGrouping): void {
    this.grouping.set(grouping);
    const data = this.data.get();
    if (data.type === 'ready') this.data.set({ ...data, marks: timelineMarks(this.claims, grouping) });
  }

  /** A brushed range (inclusive ISO dates), or null for every date: the graph, the table and the address follow. */
  brush(range: DateRange | null): void {
    this.stop();
    this.filters.setDates(range?.from ?? null, range?.to ?? null);
  }

  /** Plays the dates back from the first: the range grows one date said at a time, then play-back stops. */
  play(): void {
    const dates = this.shownMarks()?.dates ?? [];
    if (dates.length === 0) return;
    this.stop();
    const step = (index: number) => {
      const to = dates[index] ?? null;
      this.filters.setDates(dates[0] ?? null, to);
      if (index + 1 >= dates.length) {
        this.playback.set({ type: 'stopped' });
        return;
      }
      this.playback.set({ type: 'playing', step: index + 1, of: dates.length });
      this.timer = setTimeout(() => step(index + 1), PLAY_STEP_MS);
    };
    step(0);
  }

  /** Stops play-back where it is; the range stays. */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.playback.get().type !== 'stopped') this.playback.set({ type: 'stopped' });
  }

  private shownMarks(): TimelineMarks | null {
    const data = this.data.get();
    if (data.type === 'ready') return data.marks;
    if (data.type === 'loading' || data.type === 'failed') return data.shown;
    return null;
  }
}

/** The workbench's filters apart from the dates, as a key: what decides which claims the timeline holds. */
function undatedKey(view: ClaimsView): string {
  const { by, about, kind, text, contested } = view.filters;
  return JSON.stringify([by?.id ?? null, about?.id ?? null, kind, text.trim(), contested]);
}
