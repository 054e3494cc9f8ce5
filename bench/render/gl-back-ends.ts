// The GL back-ends the render bench can draw with on a machine without a GPU, and how Chromium is asked for each.
// Chromium hands WebGL to ANGLE, which draws either with SwiftShader (bundled; what `--disable-gpu` forces) or with
// the system's OpenGL — here Mesa's llvmpipe, a rasteriser that compiles shaders to machine code with LLVM and draws on
// every core — reached through EGL, so no X display is needed. Chromium's GPU blocklist turns WebGL off on a software
// GL driver, hence `--ignore-gpu-blocklist`. That would also move 2D canvases (vis-network's drawing, sigma's
// captions) onto Mesa, where Skia draws vis-network's 10k-node first frame 4× slower than on the CPU (6.5 s against
// 1.6 s), so the Mesa back-end keeps 2D canvases on the CPU, as under SwiftShader: every renderer draws with the
// fastest rasteriser this machine has for its kind of canvas. All renderers of a run share one browser per back-end.
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../test/setup/browser';

export const GL_BACK_ENDS = ['swiftshader', 'mesa'] as const;
export type GlBackEnd = (typeof GL_BACK_ENDS)[number];

/** `auto` takes Mesa when Chromium draws WebGL with it here, else SwiftShader, and says why. */
export const GL_CHOICES = ['auto', ...GL_BACK_ENDS] as const;
export type GlChoice = (typeof GL_CHOICES)[number];

export const GL_TITLES: Record<GlBackEnd, string> = { swiftshader: 'SwiftShader', mesa: 'Mesa llvmpipe' };

/** Chromium's GPU flags for each back-end (they replace the browser tests' `--disable-gpu`). */
const CHROMIUM_GPU_ARGS: Record<GlBackEnd, readonly string[]> = {
  swiftshader: ['--disable-gpu'],
  mesa: ['--use-gl=angle', '--use-angle=gl-egl', '--ignore-gpu-blocklist', '--disable-accelerated-2d-canvas'],
};

/** What WebGL's unmasked renderer string must name for the back-end to be the one asked for. */
const RENDERER_PATTERNS: Record<GlBackEnd, RegExp> = { swiftshader: /SwiftShader/i, mesa: /llvmpipe/i };

export class GlBackEndError extends Error {
  override name = 'GlBackEndError';
}

/** A browser drawing WebGL with one back-end, and the renderer string its WebGL reports. */
export interface GlBrowser {
  backEnd: GlBackEnd;
  renderer: string;
  browser: Browser;
}

/** WebGL's unmasked renderer string (what chrome://gpu calls GL_RENDERER), or why there is none. */
async function webglRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(() => {
      const gl =
        document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
      if (!gl) return 'no WebGL context (Chromium turned WebGL off for this GL driver)';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      gl.getExtension('WEBGL_lose_context')?.loseContext();
      return renderer;
    });
  } finally {
    await page.close();
  }
}

/** Launches Chromium drawing WebGL with `backEnd`; fails, saying what Chromium drew with instead, if it does not. */
export async function launchWithGl(backEnd: GlBackEnd): Promise<GlBrowser> {
  const browser = await launchBrowser({ gpuArgs: CHROMIUM_GPU_ARGS[backEnd] });
  try {
    const renderer = await webglRenderer(browser);
    if (!RENDERER_PATTERNS[backEnd].test(renderer)) {
      const hint =
        backEnd === 'mesa'
          ? ' Mesa needs the Debian packages libgl1-mesa-dri and libegl-mesa0 ' +
            '("sudo apt-get install -y libgl1-mesa-dri libegl-mesa0"), or set BENCH_RENDER_GL=swiftshader.'
          : '';
      throw new GlBackEndError(
        `Chromium was asked to draw WebGL with ${GL_TITLES[backEnd]} (${CHROMIUM_GPU_ARGS[backEnd].join(' ')}) ` +
          `but its WebGL renderer is "${renderer}".${hint}`,
      );
    }
    return { backEnd, renderer, browser };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * The browsers of a run, one per back-end asked for; `auto` is Mesa when it draws WebGL here and SwiftShader
 * otherwise, with the reason passed to `log`.
 */
export async function launchGlBrowsers(
  choices: readonly GlChoice[],
  log: (line: string) => void,
): Promise<GlBrowser[]> {
  if (choices.includes('auto')) {
    try {
      return [await launchWithGl('mesa')];
    } catch (error) {
      if (!(error instanceof GlBackEndError)) throw error;
      log(`GL back-end: Mesa is not usable here, drawing with SwiftShader. ${error.message}`);
      return [await launchWithGl('swiftshader')];
    }
  }
  const launched: GlBrowser[] = [];
  try {
    for (const backEnd of new Set(choices as readonly GlBackEnd[])) launched.push(await launchWithGl(backEnd));
    return launched;
  } catch (error) {
    await Promise.all(launched.map((each) => each.browser.close()));
    throw error;
  }
}
