// The Figures chart (state and actions): one kind of claim at a time (casualties by default), every figure the graph
// holds for it as an interval by claimant over time. Loads the kind's claims from the server, where figures and
// dates are read, so the chart and the table agree.
import type { ActionResult } from '../action-result';
import { atom } from '../state/atom';
import type { ClaimsDomain } from './claims-domain';
import { figureMarks, type FigureMark } from './figure-marks';
import { TIMELINE_LIMIT } from './claims-timeline';

export type FiguresData =
  | { type: 'idle' }
  | { type: 'loading'; kind: string }
  | { type: 'ready'; kind: string; marks: FigureMark[]; claimCount: number }
  | { type: 'failed'; kind: string; message: string };

export const DEFAULT_FIGURES_KIND = 'casualties';

export class ClaimsFigures {
  readonly data = atom<FiguresData>({ type: 'idle' });
  private latest = 0;

  constructor(private readonly claims: ClaimsDomain) {}

  /** The figures of a kind; a slower answer for a kind no longer asked for is dropped. */
  async show(kind: string): Promise<ActionResult<{ marks: FigureMark[] }>> {
    const request = ++this.latest;
    this.data.set({ type: 'loading', kind });
    const answer = await this.claims.list({ kind, sort: 'date', order: 'asc', skip: 0, limit: TIMELINE_LIMIT });
    if (!answer.ok) {
      if (request === this.latest) this.data.set({ type: 'failed', kind, message: answer.error.message });
      return answer;
    }
    const marks = figureMarks(answer.claims);
    if (request === this.latest) this.data.set({ type: 'ready', kind, marks, claimCount: answer.claims.length });
    return { ok: true, marks };
  }
}
