// The graph view's settings, sigma-style: every setting with its default and its validation side by side. The theme
// and the palette (colour and shape per node label) are settings, so a page that embeds the view chooses them and the
// graph's attributes never carry styling. The level-of-detail sizes decide when the view draws a large graph the cheap
// way: straight edges without arrows, nothing but nodes while the camera moves, fewer captions, no edge captions.
import { DEFAULT_PALETTE, type LabelStyle } from './node-style';
import { RENDER_THEMES, type RenderTheme, type ThemeName } from './render-theme';

export interface GraphViewSettings {
  /** Colours of the drawing: a theme's name or a whole theme. */
  theme: ThemeName | RenderTheme;
  /** Colour and shape per node label; a node takes the style of its first label found here. */
  palette: Readonly<Record<string, LabelStyle>>;
  /** Colours for relationship types drawn apart from the rest (e.g. agreement and contradiction in an embed). */
  relationshipColors: Readonly<Record<string, string>>;
  /** Relationship types drawn dashed (e.g. contradiction), so they differ by more than colour. */
  dashedRelationships: readonly string[];
  /** Style of nodes with no label in the palette. */
  defaultNodeStyle: LabelStyle;
  /** Longest caption drawn on the canvas; longer ones are cut with an ellipsis. */
  maxCaptionLength: number;
  /** Below this camera ratio (zoomed in), edges between captioned nodes show their relationship type. */
  edgeLabelsBelowRatio: number;
  /** Smallest drawn node size (in pixels) that gets a caption when the graph is small. */
  labelRenderedSizeThreshold: number;
  /** At most this many neighbours of the node in focus get a caption box; the others are only kept undimmed. */
  focusCaptionsMax: number;
  /** From this many nodes or edges on, the graph is drawn at the lower level of detail. */
  largeGraphNodes: number;
  largeGraphEdges: number;
  /** Caption size threshold (pixels) for large graphs, higher so fewer captions are measured and drawn per frame. */
  largeGraphLabelThreshold: number;
}

export const DEFAULT_GRAPH_VIEW_SETTINGS: Readonly<GraphViewSettings> = {
  theme: 'light',
  palette: DEFAULT_PALETTE,
  relationshipColors: {},
  dashedRelationships: [],
  defaultNodeStyle: { color: '#8c8c8c', shape: 'circle' },
  maxCaptionLength: 42,
  edgeLabelsBelowRatio: 0.45,
  labelRenderedSizeThreshold: 7,
  focusCaptionsMax: 40,
  largeGraphNodes: 5_000,
  largeGraphEdges: 10_000,
  largeGraphLabelThreshold: 10,
};

export class GraphViewSettingsError extends Error {
  override name = 'GraphViewSettingsError';
}

function positive(name: keyof GraphViewSettings, value: number, { whole = false } = {}): void {
  if (!Number.isFinite(value) || value <= 0 || (whole && !Number.isInteger(value))) {
    throw new GraphViewSettingsError(
      `GraphView: the setting "${name}" must be a positive ${whole ? 'whole number' : 'number'}, got ${value}.`,
    );
  }
}

const CSS_COLOR = /^(#[0-9a-f]{3,8}|rgba?\(.+\))$/i;

function color(where: string, value: string): void {
  if (!CSS_COLOR.test(value)) {
    throw new GraphViewSettingsError(
      `GraphView: ${where} must be a colour like "#4e79a7" or "rgb(…)", got "${value}".`,
    );
  }
}

/** Throws a GraphViewSettingsError saying which setting is wrong and what it should be. */
export function validateGraphViewSettings(settings: GraphViewSettings): void {
  if (typeof settings.theme === 'string' && !(settings.theme in RENDER_THEMES)) {
    throw new GraphViewSettingsError(
      `GraphView: the setting "theme" must be ${Object.keys(RENDER_THEMES).join(' or ')} or a theme object, ` +
        `got "${settings.theme}".`,
    );
  }
  if (typeof settings.theme === 'object') {
    for (const [key, value] of Object.entries(settings.theme)) color(`the theme's "${key}"`, value);
  }
  for (const [label, style] of Object.entries(settings.palette))
    color(`the palette's colour for "${label}"`, style.color);
  for (const [type, value] of Object.entries(settings.relationshipColors)) {
    color(`the relationship colour for "${type}"`, value);
  }
  if (!Array.isArray(settings.dashedRelationships) || settings.dashedRelationships.some((t) => typeof t !== 'string')) {
    throw new GraphViewSettingsError(
      'GraphView: the setting "dashedRelationships" must be a list of relationship types.',
    );
  }
  color('the setting "defaultNodeStyle"', settings.defaultNodeStyle.color);
  positive('maxCaptionLength', settings.maxCaptionLength, { whole: true });
  positive('edgeLabelsBelowRatio', settings.edgeLabelsBelowRatio);
  positive('labelRenderedSizeThreshold', settings.labelRenderedSizeThreshold);
  positive('focusCaptionsMax', settings.focusCaptionsMax, { whole: true });
  positive('largeGraphNodes', settings.largeGraphNodes, { whole: true });
  positive('largeGraphEdges', settings.largeGraphEdges, { whole: true });
  positive('largeGraphLabelThreshold', settings.largeGraphLabelThreshold);
}

/** The defaults with the given settings on top, validated. */
export function resolveGraphViewSettings(settings: Partial<GraphViewSettings> = {}): GraphViewSettings {
  const resolved = { ...DEFAULT_GRAPH_VIEW_SETTINGS, ...settings };
  validateGraphViewSettings(resolved);
  return resolved;
}

export function themeOf(settings: GraphViewSettings): RenderTheme {
  return typeof settings.theme === 'string' ? RENDER_THEMES[settings.theme] : settings.theme;
}
