// The hover layer in the theme's colours: a boxed caption for the node in focus (sigma's default box is always white)
// and a caption with a halo of the background colour for its neighbours, readable over the edges.
import type { NodeHoverDrawingFunction } from 'sigma/rendering';
import type { RenderTheme } from './render-theme';

/** Set by the view's node reducer on the hovered or selected node. */
export interface FocusFlags {
  focusCentre?: boolean;
}

export function createDrawNodeHover(theme: () => RenderTheme): NodeHoverDrawingFunction {
  return (context, data, settings) => {
    const { labelBox, label, selection, background } = theme();
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const text = typeof data.label === 'string' ? data.label : '';
    if (!(data as FocusFlags).focusCentre) {
      if (!text) return;
      const x = data.x + data.size + 3;
      const y = data.y + size / 3;
      context.lineJoin = 'round';
      context.lineWidth = 4;
      context.strokeStyle = background;
      context.strokeText(text, x, y);
      context.fillStyle = label;
      context.fillText(text, x, y);
      return;
    }
    const padding = 3;
    const radius = data.size + padding;
    context.shadowBlur = 6;
    context.shadowColor = 'rgba(0, 0, 0, 0.35)';
    context.fillStyle = labelBox;
    context.beginPath();
    context.arc(data.x, data.y, radius, 0, Math.PI * 2);
    if (text) {
      const width = context.measureText(text).width + 8;
      context.roundRect(data.x + data.size + 2, data.y - size / 2 - padding, width, size + 2 * padding, 3);
    }
    context.fill();
    context.shadowBlur = 0;
    context.strokeStyle = selection;
    context.lineWidth = 1.5;
    context.beginPath();
    context.arc(data.x, data.y, radius, 0, Math.PI * 2);
    context.stroke();
    if (text) {
      context.fillStyle = label;
      context.fillText(text, data.x + data.size + 6, data.y + size / 3);
    }
  };
}
