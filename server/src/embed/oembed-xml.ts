// oEmbed's XML form (oEmbed 1.0, section 2.3.4): the same fields as the JSON answer, one element each, for consumers
// that ask for format=xml.
import { escapeAttribute } from './embed.service';
import type { OEmbedResponse } from './embed.schema';

export function oembedToXml(answer: OEmbedResponse): string {
  const fields = Object.entries(answer).map(
    ([name, value]) => `  <${name}>${escapeAttribute(String(value))}</${name}>`,
  );
  return ['<?xml version="1.0" encoding="utf-8" standalone="yes"?>', '<oembed>', ...fields, '</oembed>', ''].join('\n');
}
