import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config/load-config';
import { loadLocalEnv } from '../../tools/local-config';

describe('the server configuration', () => {
  it('applies documented defaults when only NEO4J_URI is set', () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7687' });
    expect(config.port).toBe(3000);
    expect(config.host).toBe('127.0.0.1');
    expect(config.neo4j).toMatchObject({ user: 'neo4j', password: 'kg-explorer-local' });
  });

  it('names every bad variable and hides passwords in the message', () => {
    const attempt = () => loadConfig({ NEO4J_URI: 'http://db', PORT: 'eighty', NEO4J_PASSWORD: 'x' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/NEO4J_URI \(got "http:\/\/db"\): must look like bolt/);
    expect(attempt).toThrow(/PORT \(got "eighty"\)/);
  });

  it('has bounded query limits by default', () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7687' });
    expect(config.queryLimits).toEqual({ rowCap: 2_000, timeoutMs: 15_000, maxQueryLength: 10_000 });
    expect(config).toMatchObject({
      bodyLimitBytes: 65_536,
      maxConcurrentQueries: 8,
      queryQueue: { length: 500, maxWaitMs: 10_000 },
      httpTimeouts: { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 },
      rateLimitPerMinute: 300,
      corsOrigins: [],
      writeToken: undefined,
      trustProxy: false,
    });
  });

  it('lets any origin frame embeds by default, none when EMBED_ORIGINS is empty, and exactly a given list', () => {
    const uri = 'bolt://127.0.0.1:7687';
    expect(loadConfig({ NEO4J_URI: uri }).embedOrigins).toEqual(['*']);
    expect(loadConfig({ NEO4J_URI: uri, EMBED_ORIGINS: '' }).embedOrigins).toEqual([]);
    expect(
      loadConfig({ NEO4J_URI: uri, EMBED_ORIGINS: 'https://news.example/, http://localhost:8080' }).embedOrigins,
    ).toEqual(['https://news.example', 'http://localhost:8080']);
    expect(() => loadConfig({ NEO4J_URI: uri, EMBED_ORIGINS: 'news.example' })).toThrow(
      /EMBED_ORIGINS \(got "news.example"\): each origin must look like/,
    );
  });

  it('reads the query limits, CORS origins, token and proxy setting', () => {
    const config = loadConfig({
      NEO4J_URI: 'bolt://127.0.0.1:7687',
      QUERY_ROW_CAP: '50',
      QUERY_TIMEOUT_MS: '2000',
      QUERY_MAX_LENGTH: '500',
      MAX_CONCURRENT_QUERIES: '2',
      RATE_LIMIT_PER_MINUTE: '60',
      CORS_ORIGINS: 'https://a.example, https://b.example:8443/',
      SAVED_QUERIES_TOKEN: 'a-secret-of-sixteen+',
      TRUST_PROXY: '1',
    });
    expect(config.queryLimits).toEqual({ rowCap: 50, timeoutMs: 2_000, maxQueryLength: 500 });
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example:8443']);
    expect(config).toMatchObject({ maxConcurrentQueries: 2, rateLimitPerMinute: 60, trustProxy: 1 });
  });

  it('names bad limits with the allowed range and hides the token', () => {
    const attempt = () =>
      loadConfig({
        NEO4J_URI: 'bolt://127.0.0.1:7687',
        QUERY_ROW_CAP: '0',
        QUERY_TIMEOUT_MS: 'soon',
        CORS_ORIGINS: 'example.org',
        SAVED_QUERIES_TOKEN: 'short',
      });
    expect(attempt).toThrow(/QUERY_ROW_CAP \(got "0"\): must be at least 1/);
    expect(attempt).toThrow(/QUERY_TIMEOUT_MS \(got "soon"\): must be a whole number from 100 to 600000/);
    expect(attempt).toThrow(/CORS_ORIGINS \(got "example.org"\): each origin must look like https:\/\/example.org/);
    expect(attempt).toThrow(/SAVED_QUERIES_TOKEN \(got "\*\*\*"\): must be at least 16 characters/);
  });

  it('reads WRITE_TOKEN, and SAVED_QUERIES_TOKEN as its older name', () => {
    const base = { NEO4J_URI: 'bolt://127.0.0.1:7687' };
    expect(loadConfig({ ...base, WRITE_TOKEN: 'a-secret-of-sixteen+' }).writeToken).toBe('a-secret-of-sixteen+');
    expect(loadConfig({ ...base, SAVED_QUERIES_TOKEN: 'an-older-secret-16+' }).writeToken).toBe('an-older-secret-16+');
    expect(
      loadConfig({ ...base, WRITE_TOKEN: 'a-secret-of-sixteen+', SAVED_QUERIES_TOKEN: 'an-older-secret-16+' })
        .writeToken,
    ).toBe('a-secret-of-sixteen+');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://db.example.org', PORT: '' }).port).toBe(3000);
  });
});

describe('the local Neo4j configuration', () => {
  it('refuses a password Neo4j would reject and a malformed heap size', () => {
    expect(() => loadLocalEnv({ NEO4J_PASSWORD: 'short' })).toThrow(/NEO4J_PASSWORD: must be at least 8 characters/);
    expect(() => loadLocalEnv({ NEO4J_HEAP: 'lots' })).toThrow(/NEO4J_HEAP: must be a JVM size/);
  });

  it('defaults to Bolt port 7687 and a git-ignored .neo4j data folder', () => {
    const env = loadLocalEnv({});
    expect(env.NEO4J_BOLT_PORT).toBe(7687);
    expect(env.NEO4J_DATA_DIR).toMatch(/\.neo4j$/);
  });
});
