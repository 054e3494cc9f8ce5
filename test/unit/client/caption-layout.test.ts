// Captions: drawn most important first, never overlapping one another, never off the view or under what covers it.
import { describe, expect, it } from 'vitest';
import { CaptionLayout } from '../../../client/src/rendering/caption-layout';

/** A 2D context that measures 6 pixels per character and records what is drawn. */
function fakeContext() {
  const drawn: string[] = [];
  const context = {
    font: '',
    lineJoin: '',
    lineWidth: 0,
    strokeStyle: '',
    fillStyle: '',
    measureText: (text: string) => ({ width: text.length * 6 }),
    strokeText: () => undefined,
    fillText: (text: string) => drawn.push(text),
  };
  return { context: context as unknown as CanvasRenderingContext2D, drawn };
}

const FONT = { labelSize: 12, labelWeight: 'normal', labelFont: 'sans-serif' };
const COLORS = { text: '#000', halo: '#fff' };
const VIEW = { width: 400, height: 300 };

describe('CaptionLayout', () => {
  it('places the biggest node first, moves the next to the left of its node and drops one with no room left', () => {
    const { context, drawn } = fakeContext();
    const layout = new CaptionLayout();
    layout.propose({ key: 'small', label: 'Small node', x: 100, y: 100, size: 4 });
    layout.propose({ key: 'big', label: 'Big node', x: 104, y: 102, size: 12 });
    layout.propose({ key: 'middle', label: 'Middle node', x: 102, y: 101, size: 8 });

    layout.draw(context, FONT, COLORS, [], VIEW);

    expect(drawn).toEqual(['Big node', 'Middle node']);
    const [big, middle] = layout.lastPlaced;
    expect(big!.x).toBeGreaterThan(104);
    expect(middle!.x + middle!.width).toBeLessThan(102);
  });

  it('puts a forced caption first, whatever the size of the nodes', () => {
    const { context } = fakeContext();
    const layout = new CaptionLayout();
    layout.propose({ key: 'big', label: 'Big node', x: 100, y: 100, size: 12 });
    layout.propose({ key: 'selected', label: 'Selected', x: 100, y: 100, size: 4, forceLabel: true });

    layout.draw(context, FONT, COLORS, [], VIEW);

    expect(layout.lastPlaced.map((caption) => caption.node)).toEqual(['selected', 'big']);
  });

  it('moves a caption that would leave the view to the left of its node, and skips one under a covered area', () => {
    const { context } = fakeContext();
    const layout = new CaptionLayout();
    layout.propose({ key: 'edge', label: 'By the edge', x: 390, y: 150, size: 5 });
    layout.propose({ key: 'covered', label: 'Under the toolbar', x: 20, y: 20, size: 5 });

    layout.draw(context, FONT, COLORS, [{ x: 0, y: 0, width: 200, height: 40 }], VIEW);

    const [edge, ...others] = layout.lastPlaced;
    expect(others).toEqual([]);
    expect(edge?.node).toBe('edge');
    expect(edge!.x + edge!.width).toBeLessThanOrEqual(390);
  });

  it('starts every frame afresh', () => {
    const { context, drawn } = fakeContext();
    const layout = new CaptionLayout();
    layout.propose({ key: 'a', label: 'A', x: 50, y: 50, size: 4 });
    layout.reset();

    layout.draw(context, FONT, COLORS, [], VIEW);

    expect(drawn).toEqual([]);
    expect(layout.lastPlaced).toEqual([]);
  });

  it("forgets the last frame's captions and leaves the canvas alone when a frame proposes none", () => {
    const { context, drawn } = fakeContext();
    const layout = new CaptionLayout();
    layout.propose({ key: 'one', label: 'One', x: 100, y: 100, size: 6 });
    expect(layout.hasProposals).toBe(true);
    layout.draw(context, FONT, COLORS, [], VIEW);
    context.font = 'untouched';

    expect(layout.hasProposals).toBe(false);
    layout.draw(context, FONT, COLORS, [], VIEW);

    expect(drawn).toEqual(['One']);
    expect(layout.lastPlaced).toEqual([]);
    expect(context.font).toBe('untouched');
  });
});
