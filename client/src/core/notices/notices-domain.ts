// The notices domain: the latest short message about what an action did or why it failed, shown near the graph.
import { ApiError } from '../../api/api-error';
import { atom } from '../state/atom';
import type { Notice } from './notice';

export class NoticesDomain {
  readonly current = atom<Notice | null>(null);

  info(text: string): void {
    this.current.set({ type: 'info', text });
  }

  /** An API error shows with its code; anything else by its message. */
  error(error: unknown): void {
    if (error instanceof ApiError) this.current.set({ type: 'error', text: error.message, code: error.code });
    else this.current.set({ type: 'error', text: error instanceof Error ? error.message : String(error) });
  }

  clear(): void {
    this.current.set(null);
  }
}
