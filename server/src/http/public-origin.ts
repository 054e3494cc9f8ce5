// The explorer's address as readers' browsers see it, for the links it writes into pages and answers (embed and
// oEmbed addresses, discovery links, JSON-LD ids). PUBLIC_URL wins when set: behind a proxy that rewrites the Host
// header, or for links that must name one canonical address. Otherwise the request's own scheme and host (with
// TRUST_PROXY, the ones the proxy forwarded).
import type { Request } from 'express';

export type OriginOf = (req: Request) => string;

export function originResolver(publicUrl: string | undefined): OriginOf {
  if (publicUrl) return () => publicUrl;
  return (req) => `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
