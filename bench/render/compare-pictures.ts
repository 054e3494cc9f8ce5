// Compares two screenshots of the same view drawn by different GL back-ends: the share of drawn pixels (those unlike
// the background, read at the top-left corner) that differ between them. Rasterisers may round an edge's coverage
// differently, so a few differing pixels along edges are expected; a picture missing nodes or edges differs widely.
import type { Page } from 'playwright-core';

/** Two pixels differ when their red, green and blue differ by more than this in sum (of 765). */
const PIXEL_TOLERANCE = 30;

/** Decodes both PNGs in `page` with a 2D canvas and answers differing pixels ÷ pixels drawn in either picture. */
export function comparePictures(page: Page, reference: Buffer, picture: Buffer): Promise<number> {
  // No named functions inside: the page runs this source as given, without the helpers tsx adds around names.
  return page.evaluate(
    async ({ pictures, tolerance }) => {
      const pixels: ImageData[] = [];
      for (const base64 of pictures) {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d', { willReadFrequently: true })!;
        context.drawImage(image, 0, 0);
        pixels.push(context.getImageData(0, 0, canvas.width, canvas.height));
      }
      const [a, b] = [pixels[0]!, pixels[1]!];
      if (a.width !== b.width || a.height !== b.height) return 1;
      let drawn = 0;
      let differing = 0;
      const [x, y] = [a.data, b.data];
      for (let i = 0; i < x.length; i += 4) {
        const fromBackground =
          Math.abs(x[i]! - x[0]!) + Math.abs(x[i + 1]! - x[1]!) + Math.abs(x[i + 2]! - x[2]!) > tolerance ||
          Math.abs(y[i]! - y[0]!) + Math.abs(y[i + 1]! - y[1]!) + Math.abs(y[i + 2]! - y[2]!) > tolerance;
        if (!fromBackground) continue;
        drawn += 1;
        if (Math.abs(x[i]! - y[i]!) + Math.abs(x[i + 1]! - y[i + 1]!) + Math.abs(x[i + 2]! - y[i + 2]!) > tolerance) {
          differing += 1;
        }
      }
      return drawn === 0 ? 0 : differing / drawn;
    },
    { pictures: [reference.toString('base64'), picture.toString('base64')], tolerance: PIXEL_TOLERANCE },
  );
}
