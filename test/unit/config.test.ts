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
