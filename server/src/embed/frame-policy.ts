// Who may frame what. Helmet gives every page `frame-ancestors 'self'` and X-Frame-Options; /embed alone swaps them
// for the origins of EMBED_ORIGINS: any origin by default (an embed shows only what the public API serves), none
// but the explorer itself (its Share preview) when the setting is empty, or exactly the listed origins.
import type { RequestHandler } from 'express';

export function frameAncestors(embedOrigins: readonly string[]): string {
  if (embedOrigins.includes('*')) return '*';
  return ["'self'", ...embedOrigins].join(' ');
}

export function embedFramePolicy(embedOrigins: readonly string[]): RequestHandler {
  const ancestors = `frame-ancestors ${frameAncestors(embedOrigins)}`;
  return (_req, res, next) => {
    const policy = res.getHeader('Content-Security-Policy');
    const directives = (typeof policy === 'string' ? policy.split(';') : [])
      .map((directive) => directive.trim())
      .filter((directive) => directive && !directive.startsWith('frame-ancestors'));
    res.setHeader('Content-Security-Policy', [...directives, ancestors].join(';'));
    // frame-ancestors decides; X-Frame-Options could only say "same origin" and would override it in old browsers.
    res.removeHeader('X-Frame-Options');
    next();
  };
}
