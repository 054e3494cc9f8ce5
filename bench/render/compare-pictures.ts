// Compares two screenshots of the same view drawn by different GL back-ends: the share of drawn pixels (those unlike
// the background, read at the top-left corner) that differ between them. Rasterisers may round an edge's coverage
// differently, so a few differing pixels along edges are expected; a picture missing nodes or edges differs widely.
import type { Page } from 'playwright-core';

/** Two pixels differ when their red, green and blue differ by more than this in sum (of 765). */
const PIXEL_TOLERANCE = 30;

/** Decodes both PNGs in `page` with a 2D canvas and answers differing pixels ÷ pixels drawn in either picture. */
export function comparePictures(page: Page, reference: Buffer, picture: Buffer): Promise<number> {
  return page.evaluate(
    async ({ first, second, tolerance }) => {
      const pixelsOf = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d', { willReadFrequently: true })!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, canvas.width, canvas.height);
      };
      const [a, b] = [await pixelsOf(first), await pixelsOf(second)];
      if (a.width !== b.width || a.height !== b.height) return 1;
      const unlike = (data: Uint8ClampedArray, i: number, other: Uint8ClampedArray, j: number) =>
        Math.abs(data[i]! - other[j]!) +
          Math.abs(data[i + 1]! - other[j + 1]!) +
          Math.abs(data[i + 2]! - other[j + 2]!) >
        tolerance;
      let drawn = 0;
      let differing = 0;
      for (let i = 0; i < a.data.length; i += 4) {
        if (!unlike(a.data, i, a.data, 0) && !unlike(b.data, i, b.data, 0)) continue;
        drawn += 1;
        if (unlike(a.data, i, b.data, i)) differing += 1;
      }
      return drawn === 0 ? 0 : differing / drawn;
    },
    { first: reference.toString('base64'), second: picture.toString('base64'), tolerance: PIXEL_TOLERANCE },
  );
}
