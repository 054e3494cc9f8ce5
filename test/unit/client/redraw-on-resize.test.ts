// The graph view redraws when its container changes size, but not when the ResizeObserver first reports the size the
// view has just been drawn at: that would process every node a second time right after the first frame.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { redrawOnResize } from '../../../client/src/rendering/redraw-on-resize';

/** A stand-in for the browser's ResizeObserver: the test says when the browser would report. */
class FakeResizeObserver {
  static last: FakeResizeObserver | null = null;
  observed = false;
  constructor(private readonly callback: () => void) {
    FakeResizeObserver.last = this;
  }
  observe() {
    this.observed = true;
  }
  disconnect() {
    this.observed = false;
  }
  report() {
    if (this.observed) this.callback();
  }
}

function observedContainer(width: number, height: number) {
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  const container = { offsetWidth: width, offsetHeight: height } as HTMLElement;
  const sigma = { scheduleRefresh: vi.fn() };
  const stop = redrawOnResize(container, sigma as never);
  return { container, sigma, stop, observer: FakeResizeObserver.last! };
}

afterEach(() => vi.unstubAllGlobals());

describe('redrawOnResize', () => {
  it('asks for no refresh when the first report gives the size the view was drawn at', () => {
    const { sigma, observer } = observedContainer(800, 600);
    observer.report();
    expect(sigma.scheduleRefresh).not.toHaveBeenCalled();
  });

  it('asks for one refresh for each new size, and none when a report repeats it', () => {
    const { container, sigma, observer } = observedContainer(800, 600);
    observer.report();
    Object.assign(container, { offsetHeight: 420 });
    observer.report();
    observer.report();
    Object.assign(container, { offsetWidth: 390 });
    observer.report();
    expect(sigma.scheduleRefresh).toHaveBeenCalledTimes(2);
  });

  it('redraws when the container changed between the first frame and the first report', () => {
    const { container, sigma, observer } = observedContainer(0, 0);
    Object.assign(container, { offsetWidth: 1400, offsetHeight: 900 });
    observer.report();
    expect(sigma.scheduleRefresh).toHaveBeenCalledTimes(1);
  });

  it('stops observing when the view is destroyed', () => {
    const { container, sigma, observer, stop } = observedContainer(800, 600);
    stop();
    Object.assign(container, { offsetWidth: 300 });
    observer.report();
    expect(sigma.scheduleRefresh).not.toHaveBeenCalled();
  });
});
