// Turns what a sigma renderer shows into a PNG: every layer canvas drawn, in stacking order, over the background.
import type Sigma from 'sigma';

export async function renderPng(sigma: Sigma, background: string): Promise<Blob> {
  const { width, height } = sigma.getDimensions();
  const pixelRatio = window.devicePixelRatio || 1;
  const output = document.createElement('canvas');
  output.width = Math.round(width * pixelRatio);
  output.height = Math.round(height * pixelRatio);
  const context = output.getContext('2d');
  if (!context) throw new Error('This browser cannot draw a 2D canvas, so the PNG cannot be made.');
  context.fillStyle = background;
  context.fillRect(0, 0, output.width, output.height);
  // WebGL layers keep their pixels only until the frame is shown: render now and copy within the same task.
  sigma.refresh();
  for (const layer of sigma.getContainer().querySelectorAll('canvas')) {
    if (layer.classList.contains('sigma-mouse')) continue;
    context.drawImage(layer, 0, 0, output.width, output.height);
  }
  return new Promise((resolve, reject) =>
    output.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be encoded.'))), 'image/png'),
  );
}
