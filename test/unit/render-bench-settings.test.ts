import { describe, expect, it } from 'vitest';
import { BenchSettingsError, readBenchSettings } from '../../bench/bench-settings';

const renderSettings = (env: NodeJS.ProcessEnv) => readBenchSettings(['render'], env).render;

describe("the render bench's GL back-end setting", () => {
  it('defaults to auto: Mesa when Chromium draws WebGL with it, else SwiftShader', () => {
    expect(renderSettings({}).gl).toEqual(['auto']);
  });

  it('takes one back-end or both, to draw every renderer under each in turns', () => {
    expect(renderSettings({ BENCH_RENDER_GL: 'mesa' }).gl).toEqual(['mesa']);
    expect(renderSettings({ BENCH_RENDER_GL: 'swiftshader, mesa' }).gl).toEqual(['swiftshader', 'mesa']);
  });

  it('names the back-ends it knows when given another', () => {
    expect(() => renderSettings({ BENCH_RENDER_GL: 'vulkan' })).toThrow(BenchSettingsError);
    expect(() => renderSettings({ BENCH_RENDER_GL: 'vulkan' })).toThrow(
      /BENCH_RENDER_GL.*must be among auto, swiftshader, mesa/,
    );
  });

  it('refuses auto beside a named back-end', () => {
    expect(() => renderSettings({ BENCH_RENDER_GL: 'auto,mesa' })).toThrow(/auto alone or a list of back-ends/);
  });
});
