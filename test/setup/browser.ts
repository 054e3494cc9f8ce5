// Launches Debian's Chromium through playwright-core (the bundled-browser download does not work here).
// A missing Chromium fails the test with the command that installs it, never a silent skip.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS_DIR = path.resolve(import.meta.dirname, '../../test-artifacts');

export interface LaunchOptions {
  /** Chromium's GPU flags; `--disable-gpu` (WebGL in SwiftShader) unless the render bench asks for another GL. */
  gpuArgs?: readonly string[];
}

export async function launchBrowser({ gpuArgs = ['--disable-gpu'] }: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. Browser tests need Debian's Chromium: ` +
        'install it with "sudo apt-get install -y chromium" (or set CHROMIUM_PATH to another Chromium).',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', ...gpuArgs, '--disable-background-networking', '--disable-component-update'],
  });
}

/** Keeps a screenshot of the page as a test artifact (test-artifacts/<name>.png). */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * Counts the pixels of an element's screenshot that differ from its top-left corner (the background). WebGL canvases
 * cannot be read back reliably, so the screenshot is decoded in the page with a 2D canvas.
 */
export async function countDrawnPixels(page: Page, selector: string): Promise<number> {
  return countDrawnPixelsInPng(page, await page.locator(selector).screenshot());
}

/** The same count for a PNG already taken (a clipped page screenshot, say), decoded in the given page. */
export function countDrawnPixelsInPng(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const [r0, g0, b0] = [data[0]!, data[1]!, data[2]!];
    let drawn = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - r0) + Math.abs(data[i + 1]! - g0) + Math.abs(data[i + 2]! - b0) > 30) drawn += 1;
    }
    return drawn;
  }, png.toString('base64'));
}
