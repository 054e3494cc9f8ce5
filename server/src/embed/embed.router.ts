// GET /embed (the embed page, framable by EMBED_ORIGINS), GET / (the explorer's page with its oEmbed discovery link),
// GET /embed.js (the <kg-view> element, loadable by any page), and under /api: GET /api/oembed and
// POST /api/embed/sources. The pages share the API's per-client rate limit and query slots.
import { Router, type ErrorRequestHandler, type Request, type RequestHandler } from 'express';
import path from 'node:path';
import { AppError } from '../errors/app-errors';
import { ClientNotBuiltError } from './client-not-built-error';
import { classifyNeo4jError } from '../errors/classify-neo4j-error';
import { parseInput } from '../http/parse-input';
import type { OriginOf } from '../http/public-origin';
import { embedQuerySchema, oembedQuerySchema, sourcesBodySchema } from './embed.schema';
import { embedSearch, explorerSearch, type EmbedService } from './embed.service';
import { embedFramePolicy } from './frame-policy';
import { oembedToXml } from './oembed-xml';
import { clientPage, oembedLink, renderEmbedError, renderEmbedPage, renderExplorerPage } from './html-pages';

export interface EmbedPagesOptions {
  clientDir?: string;
  embedOrigins: readonly string[];
  /** The API's per-client rate limit and query slots, shared so an embed costs what an API call costs. */
  guards: RequestHandler[];
  /** The explorer's public address for the links written into pages (PUBLIC_URL, else the request's). */
  originOf: OriginOf;
}

export function embedPagesRouter(service: EmbedService, options: EmbedPagesOptions): Router {
  const router = Router();
  const embedTemplate = clientPage(options.clientDir, 'embed.html');
  const explorerTemplate = clientPage(options.clientDir, 'index.html');

  router.get('/embed', embedFramePolicy(options.embedOrigins), ...options.guards, async (req, res) => {
    const origin = options.originOf(req);
    const query = parseInput(embedQuerySchema, req.query, 'query parameter');
    const view = await service.view(query, origin);
    const template = embedTemplate();
    if (!template) throw new ClientNotBuiltError('The web client is not built yet: run "npm run build".');
    const discovery = oembedLink(origin, `${origin}/embed${embedSearch(query)}`, view.title);
    res.type('html').send(renderEmbedPage(template, view, discovery));
  });

  router.get(['/', '/index.html'], (req, res, next) => {
    const template = explorerTemplate();
    // Not built: app.ts answers with how to build it.
    if (!template) return next();
    const origin = options.originOf(req);
    res.setHeader('Cache-Control', 'no-cache');
    res
      .type('html')
      .send(renderExplorerPage(template, oembedLink(origin, `${origin}${req.originalUrl}`, 'Graph view')));
  });

  if (options.clientDir) {
    // Loaded by <script src> on pages of any origin: helmet's Cross-Origin-Resource-Policy would block it.
    router.get('/embed.js', (_req, res, next) => {
      res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
      res.sendFile(path.join(options.clientDir ?? '', 'embed.js'), { maxAge: '1h' }, (error) => {
        if (error) next();
      });
    });
  }

  router.use('/embed', embedErrorPage(options.originOf));
  return router;
}

/** API routes: oEmbed and the sources behind a set of nodes (used by the explorer's HTML snapshot). */
export function embedApiRouter(service: EmbedService, originOf: OriginOf): Router {
  const router = Router();
  router.get('/oembed', async (req, res) => {
    const { url, maxwidth, maxheight, format } = parseInput(oembedQuerySchema, req.query, 'query parameter');
    const answer = await service.oembed(url, originOf(req), { maxwidth, maxheight });
    if (format === 'xml') res.type('text/xml; charset=utf-8').send(oembedToXml(answer));
    else res.json(answer);
  });
  router.post('/embed/sources', async (req, res) => {
    const { ids } = parseInput(sourcesBodySchema, req.body, 'body field');
    res.json(await service.sources(ids, 200));
  });
  return router;
}

/** An embed that cannot be shown says why inside the frame, with the error's status, instead of staying blank. */
function embedErrorPage(originOf: OriginOf): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const known = error instanceof AppError ? error : classifyNeo4jError(error);
    if (!known) req.log?.error({ err: error }, 'unhandled error in an embed');
    const status = known?.status ?? 500;
    const message = known?.message ?? 'Something went wrong on the server; the error was logged.';
    if (known && 'retryAfterSeconds' in known && known.retryAfterSeconds) {
      res.setHeader('Retry-After', String(known.retryAfterSeconds));
    }
    res
      .status(status)
      .type('html')
      .send(renderEmbedError(status, message, `${originOf(req)}/${safeExplorerSearch(req)}`));
  };
}

function safeExplorerSearch(req: Request): string {
  const parsed = embedQuerySchema.safeParse(req.query);
  return parsed.success ? explorerSearch(parsed.data) : '';
}
