// Colours the graph view draws with, per colour scheme; the caller picks the scheme (the explorer follows the system).
export type ThemeName = 'light' | 'dark';

export interface RenderTheme {
  background: string;
  label: string;
  labelBox: string;
  edge: string;
  edgeLabel: string;
  dimmed: string;
  /** Edges of the node in focus (drawn over the faded rest of the edges). */
  focusEdge: string;
  selection: string;
}

export const RENDER_THEMES: Record<ThemeName, RenderTheme> = {
  light: {
    background: '#fafafa',
    label: '#1d2330',
    labelBox: '#ffffff',
    edge: '#b8bfcc',
    edgeLabel: '#5b6475',
    dimmed: '#e3e6ec',
    focusEdge: '#1d2330',
    selection: '#1d2330',
  },
  dark: {
    background: '#14171d',
    label: '#e6e9ef',
    labelBox: '#1c2029',
    edge: '#4a5263',
    edgeLabel: '#9aa3b2',
    dimmed: '#2a2f3a',
    focusEdge: '#e6e9ef',
    selection: '#ffffff',
  },
};
