// embed.js: the <kg-view> element for pages of any site. It draws an iframe of this server's /embed page (isolated
// from the host's CSS and scripts, no CORS needed), fits the frame to the height the embed reports, and dispatches
// `kg-select` ({ id, label, caption }) when a reader clicks a node. Messages are trusted only from this server's
// origin and from the element's own frame, so several elements on a page never mix up their messages.
import { isFrameMessage, type FrameMessage } from '../embed/frame-messages';
import { batchInMicrotask } from '../shared/batch-in-microtask';

/** Attributes passed on to /embed as they are: what to show, how, and the view state of an explorer link. */
const VIEW_ATTRIBUTES = [
  'node',
  'claim',
  'query',
  'params',
  'theme',
  'legend',
  'title',
  'height',
  'limit',
  'types',
  'expand',
  'hide',
  'hideRel',
  'from',
  'to',
  'select',
] as const;
const DEFAULT_GRAPH_HEIGHT = 320;
/** Room for the title and the footer until the embed reports its real height. */
const CHROME_HEIGHT = 90;

// The server that served this script serves the embeds too; currentScript is only set while the script first runs.
const scriptSource = (document.currentScript as HTMLScriptElement | null)?.src;
const embedOrigin = new URL(scriptSource ?? window.location.href).origin;
const elements = new Set<KgViewElement>();

export class KgViewElement extends HTMLElement {
  // HTML lowercases attribute names (hideRel arrives as hiderel).
  static readonly observedAttributes = VIEW_ATTRIBUTES.map((name) => name.toLowerCase());
  private readonly frame = document.createElement('iframe');
  private readonly scheduleUpdate = batchInMicrotask(() => this.update());

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = ':host{display:block}iframe{display:block;width:100%;border:0;color-scheme:normal}';
    this.frame.setAttribute('loading', 'lazy');
    shadow.append(style, this.frame);
  }

  /** The frame showing the view (for hosts and tests that need to reach it). */
  get iframe(): HTMLIFrameElement {
    return this.frame;
  }

  /** The /embed address the element's attributes describe. */
  get src(): string {
    const params = new URLSearchParams();
    for (const name of VIEW_ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value !== null && value !== '') params.set(name, value);
    }
    return `${embedOrigin}/embed?${params.toString()}`;
  }

  connectedCallback(): void {
    elements.add(this);
    this.update();
  }

  disconnectedCallback(): void {
    elements.delete(this);
  }

  attributeChangedCallback(): void {
    // Several attributes set one after another reload the frame once.
    if (this.isConnected) this.scheduleUpdate();
  }

  /** Handles a message of this element's frame. */
  receive(message: FrameMessage): void {
    if (message.type === 'resize') {
      this.frame.style.height = `${Math.max(80, Math.min(4_000, Math.round(message.height)))}px`;
      return;
    }
    this.dispatchEvent(new CustomEvent('kg-select', { detail: { ...message.node }, bubbles: true, composed: true }));
  }

  owns(source: MessageEventSource | null): boolean {
    return source !== null && source === this.frame.contentWindow;
  }

  private update(): void {
    const graphHeight = Number(this.getAttribute('height')) || DEFAULT_GRAPH_HEIGHT;
    if (!this.frame.style.height) this.frame.style.height = `${graphHeight + CHROME_HEIGHT}px`;
    const title = this.getAttribute('title') || 'Knowledge-graph view';
    this.frame.title = title;
    const src = this.src;
    if (this.frame.getAttribute('src') !== src) this.frame.setAttribute('src', src);
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== embedOrigin || !isFrameMessage(event.data)) return;
  for (const element of elements) {
    if (element.owns(event.source)) element.receive(event.data);
  }
});

if (!customElements.get('kg-view')) customElements.define('kg-view', KgViewElement);
