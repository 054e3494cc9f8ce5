// No Docker engine runs here, so the compose file's shape is checked by parsing it, not by running it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface ComposeFile {
  services: Record<string, Record<string, unknown>>;
  volumes: Record<string, unknown>;
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as ComposeFile;
const neo4j = compose.services.neo4j as {
  image: string;
  environment: Record<string, string>;
  healthcheck: { test: string[] };
  volumes: string[];
};
const app = compose.services.app as {
  build: string;
  depends_on: Record<string, { condition: string }>;
  environment: Record<string, string>;
};

describe('docker-compose.yml', () => {
  it('runs the official Neo4j 5.26 community image with a healthcheck and a data volume', () => {
    expect(neo4j.image).toMatch(/^neo4j:5\.26(-community)?$/);
    expect(neo4j.healthcheck.test.join(' ')).toContain('7474');
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(compose.volumes).toHaveProperty('neo4j-data');
  });

  it('disables file URLs for LOAD CSV and bounds transactions in time and memory, like the local launcher', () => {
    expect(neo4j.environment.NEO4J_dbms_security_allow__csv__import__from__file__urls).toBe('false');
    expect(neo4j.environment.NEO4J_db_transaction_timeout).toMatch(/^\d+s$/);
    expect(neo4j.environment.NEO4J_db_memory_transaction_max).toMatch(/^\d+[mg]$/);
  });

  it('wires the app to the database by environment variables once the database is healthy', () => {
    expect(app.build).toBe('.');
    expect(app.depends_on.neo4j?.condition).toBe('service_healthy');
    expect(app.environment.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(app.environment.NEO4J_PASSWORD).toBe(neo4j.environment.NEO4J_AUTH?.replace(/^neo4j\//, ''));
  });

  it('has a Dockerfile for the app that builds the client and starts the explorer', () => {
    const dockerfile = readFileSync('Dockerfile', 'utf8');
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toContain('npm ci');
    expect(dockerfile).toContain('npm run build');
    expect(dockerfile).toContain('tools/start.ts');
  });
});
