// The messages an embed frame posts to the page around it (read by embed.js's <kg-view> and by any host that listens):
// its content height, so the frame can fit it, and the node a reader clicked.
export const FRAME_MESSAGE_SOURCE = 'kg-embed';

export interface SelectedNode {
  id: string;
  /** The node's kind (its primary label, e.g. Person or Claim). */
  label: string;
  caption: string;
}

export type FrameMessage =
  | { source: typeof FRAME_MESSAGE_SOURCE; type: 'resize'; height: number }
  | { source: typeof FRAME_MESSAGE_SOURCE; type: 'select'; node: SelectedNode };

export function isFrameMessage(data: unknown): data is FrameMessage {
  if (!data || typeof data !== 'object') return false;
  const message = data as Partial<FrameMessage> & { height?: unknown; node?: unknown };
  if (message.source !== FRAME_MESSAGE_SOURCE) return false;
  if (message.type === 'resize') return typeof message.height === 'number' && Number.isFinite(message.height);
  if (message.type === 'select') {
    const node = message.node as Partial<SelectedNode> | undefined;
    return typeof node?.id === 'string' && typeof node.label === 'string' && typeof node.caption === 'string';
  }
  return false;
}
