// Places node captions so they never overlap each other, run off the view or under what covers it (a toolbar):
// sigma proposes the captions of a frame (its label grid already thins them out); they are drawn most important first
// (forced captions, then the biggest nodes), and a caption that would collide with one already placed is left out.
// Widths are measured once per caption text and font, not at every frame.
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData } from 'sigma/types';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A caption as drawn in the last frame, in pixels from the view's top-left corner. */
export interface PlacedCaption extends Rect {
  node: string;
  text: string;
}

interface Candidate {
  node: string;
  text: string;
  x: number;
  y: number;
  size: number;
  forced: boolean;
}

const GAP = 2;

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export class CaptionLayout {
  private candidates: Candidate[] = [];
  private placed: PlacedCaption[] = [];
  private widths = new Map<string, number>();
  private font = '';

  /** Used as sigma's label drawing function: only collects the caption for this frame. */
  propose(data: Pick<NodeDisplayData, 'label' | 'x' | 'y' | 'size'> & { key: string; forceLabel?: boolean }): void {
    if (!data.label) return;
    this.candidates.push({
      node: data.key,
      text: data.label,
      x: data.x,
      y: data.y,
      size: data.size,
      forced: data.forceLabel === true,
    });
  }

  /** Draws the frame's captions, most important first, skipping any that would collide. */
  draw(
    context: CanvasRenderingContext2D,
    settings: Pick<Settings, 'labelSize' | 'labelWeight' | 'labelFont'>,
    colors: { text: string; halo: string },
    covered: readonly Rect[],
    bounds: { width: number; height: number },
  ): void {
    if (this.candidates.length === 0) {
      // Nothing proposed (e.g. a large graph while the camera moves): the canvas is left alone.
      this.placed = [];
      return;
    }
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    if (font !== this.font) {
      this.font = font;
      this.widths.clear();
    }
    context.font = font;
    context.lineJoin = 'round';
    context.lineWidth = 3;
    context.strokeStyle = colors.halo;
    context.fillStyle = colors.text;
    const candidates = this.candidates.sort((a, b) => Number(b.forced) - Number(a.forced) || b.size - a.size);
    const placed: PlacedCaption[] = [];
    const height = settings.labelSize + GAP;
    const fits = (rect: Rect) =>
      rect.x >= 0 &&
      rect.y >= 0 &&
      rect.x + rect.width <= bounds.width &&
      rect.y + rect.height <= bounds.height &&
      !covered.some((area) => overlaps(rect, area)) &&
      !placed.some((other) => overlaps(rect, other));
    // A caption takes at most 40% of the view's width (a phone shows shorter captions than a desktop).
    const widest = bounds.width * 0.4;
    for (const candidate of candidates) {
      const text = this.fitted(context, candidate.text, widest);
      const width = this.width(context, text) + GAP;
      const y = candidate.y - settings.labelSize * 0.7;
      // To the right of the node, else to its left (a node by the right edge keeps its caption).
      const right = { x: candidate.x + candidate.size + 3, y, width, height };
      const left = { x: candidate.x - candidate.size - 3 - width, y, width, height };
      const rect = fits(right) ? right : fits(left) ? left : null;
      if (!rect) continue;
      const baseline = candidate.y + settings.labelSize / 3;
      context.strokeText(text, rect.x, baseline);
      context.fillText(text, rect.x, baseline);
      placed.push({ ...rect, node: candidate.node, text });
    }
    this.placed = placed;
    this.candidates = [];
  }

  /** Forgets a frame's proposals that were never drawn (sigma skipped its labels, e.g. while the camera moved). */
  reset(): void {
    this.candidates = [];
  }

  /** Whether the frame being drawn proposed any caption. */
  get hasProposals(): boolean {
    return this.candidates.length > 0;
  }

  get lastPlaced(): readonly PlacedCaption[] {
    return this.placed;
  }

  /** The text, cut with an ellipsis where it would be wider than `widest` pixels. */
  private fitted(context: CanvasRenderingContext2D, text: string, widest: number): string {
    const width = this.width(context, text);
    if (width <= widest) return text;
    const keep = Math.max(1, Math.floor((text.length * widest) / width) - 1);
    return `${text.slice(0, keep).trimEnd()}…`;
  }

  private width(context: CanvasRenderingContext2D, text: string): number {
    let width = this.widths.get(text);
    if (width === undefined) {
      width = context.measureText(text).width;
      // Bounded: a view that shows ever new captions must not keep all of their widths.
      if (this.widths.size > 20_000) this.widths.clear();
      this.widths.set(text, width);
    }
    return width;
  }
}
