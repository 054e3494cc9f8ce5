// Parses a saved query file of cypher/queries/: a header of `// @tag value` lines, then the Cypher.
//
//   // @id claims-by-entity
//   // @title Claims made by a person or agency
//   // @description Every claim the entity made, with date and sources.
//   // @param entityId id required        — the entity's stable id, e.g. person:pat-ryder
//   // @param limit integer = 100         — at most this many claims
//   // @cache 60                           — optional: answers may be up to 60 s old (see saved-result-cache.ts)
//   MATCH …
import { paramTypes, SAVED_QUERY_ID, type ParamType, type SavedQuery, type SavedQueryParam } from './queries.schema';

export class SavedQueryFileError extends Error {
  override name = 'SavedQueryFileError';
}

const PARAM_LINE = /^(\w+)\s+(\w+)(?:\s*=\s*(.+?))?(\s+required)?(?:\s+—\s+(.*))?$/;

export function parseSavedQueryFile(fileName: string, text: string): SavedQuery {
  const header = new Map<string, string>();
  const params: SavedQueryParam[] = [];
  const body: string[] = [];
  for (const line of text.split('\n')) {
    const tag = /^\/\/\s*@(\w+)\s+(.*)$/.exec(line.trim());
    if (tag?.[1] && tag[2] !== undefined && body.length === 0) {
      if (tag[1] === 'param') params.push(parseParam(fileName, tag[2].trim()));
      else header.set(tag[1], tag[2].trim());
    } else if (body.length > 0 || line.trim()) {
      body.push(line);
    }
  }
  const id = header.get('id');
  const title = header.get('title');
  if (!id || !SAVED_QUERY_ID.test(id)) {
    throw new SavedQueryFileError(`${fileName}: needs a "// @id kebab-case-id" header line`);
  }
  if (!title) throw new SavedQueryFileError(`${fileName}: needs a "// @title …" header line`);
  const cypher = body.join('\n').trim().replace(/;$/, '');
  if (!cypher) throw new SavedQueryFileError(`${fileName}: has no Cypher after its header`);
  const cache = header.get('cache');
  const cacheSeconds = cache === undefined ? undefined : Number(cache);
  if (cacheSeconds !== undefined && !(Number.isInteger(cacheSeconds) && cacheSeconds > 0)) {
    throw new SavedQueryFileError(`${fileName}: bad @cache "${cache}"; write "// @cache <seconds>", e.g. 60`);
  }
  const query = { id, title, description: header.get('description') ?? '', params, cypher, source: 'builtin' as const };
  return cacheSeconds === undefined ? query : { ...query, cacheSeconds };
}

function parseParam(fileName: string, spec: string): SavedQueryParam {
  const match = PARAM_LINE.exec(spec);
  const [, name, type, rawDefault, required, description] = match ?? [];
  if (!name || !type || !(paramTypes as readonly string[]).includes(type)) {
    throw new SavedQueryFileError(
      `${fileName}: bad @param "${spec}"; write "// @param name type [= default] [required] [— description]" ` +
        `with type one of ${paramTypes.join(', ')}`,
    );
  }
  return {
    name,
    type: type as ParamType,
    default: rawDefault === undefined ? null : parseDefault(type as ParamType, rawDefault, fileName),
    required: Boolean(required),
    ...(description ? { description } : {}),
  };
}

function parseDefault(type: ParamType, raw: string, fileName: string): string | number | boolean {
  const unquoted = raw.replace(/^'(.*)'$/, '$1');
  if (type === 'integer' || type === 'float') {
    const value = Number(unquoted);
    if (!Number.isFinite(value)) throw new SavedQueryFileError(`${fileName}: default "${raw}" is not a number`);
    return value;
  }
  if (type === 'boolean') return unquoted === 'true';
  return unquoted;
}
