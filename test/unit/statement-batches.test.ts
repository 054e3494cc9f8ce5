import { describe, expect, it } from 'vitest';
import { parameteriseLiterals } from '../../tools/loader/parameterise-literals';
import { toStatementBatches } from '../../tools/loader/statement-batches';

const batchesOf = (...statements: string[]) => toStatementBatches(statements.map((text) => parameteriseLiterals(text)));

describe('toStatementBatches', () => {
  it('folds node merges of one label into one UNWIND whatever properties each sets', () => {
    const batches = batchesOf(
      "MERGE (n:Person {id: 'person:a'}) SET n.name = 'A', n.note = null",
      "MERGE (p:Person {id: 'person:b'}) SET p.name = 'B', p.aliases = ['Bee'], p.title = 'Minister'",
      "MERGE (x:Person {id: 'person:c'})",
    );
    expect(batches).toHaveLength(1);
    expect(batches[0]!.text).toBe('UNWIND $rows AS row MERGE (n:Person {id: row.id}) SET n += row.props');
    expect(batches[0]!.params).toEqual({
      rows: [
        { id: 'person:a', props: { name: 'A', note: null } },
        { id: 'person:b', props: { name: 'B', aliases: ['Bee'], title: 'Minister' } },
        { id: 'person:c', props: {} },
      ],
    });
  });

  it('folds relationship merges by their labels and type, with or without properties', () => {
    const batches = batchesOf(
      "MATCH (a:Article {id: 'a1'}), (n:Place {id: 'p1'}) MERGE (a)-[:MENTIONS]->(n)",
      "MATCH (x:Article {id: 'a1'}), (y:Place {id: 'p2'}) MERGE (x)-[r:MENTIONS]->(y) SET r.note = 'twice'",
      "MATCH (a:Article {id: 'a1'}), (n:Agency {id: 'g1'}) MERGE (a)-[:MENTIONS]->(n)",
    );
    expect(batches.map((batch) => batch.text)).toEqual([
      'UNWIND $rows AS row MATCH (a:Article {id: row.from}), (b:Place {id: row.to}) MERGE (a)-[r:MENTIONS]->(b) SET r += row.props',
      'UNWIND $rows AS row MATCH (a:Article {id: row.from}), (b:Agency {id: row.to}) MERGE (a)-[r:MENTIONS]->(b) SET r += row.props',
    ]);
    expect(batches[0]!.params).toEqual({
      rows: [
        { from: 'a1', to: 'p1', props: {} },
        { from: 'a1', to: 'p2', props: { note: 'twice' } },
      ],
    });
  });

  it('keeps the order of the file: only neighbours fold, and other statements go as written, in between', () => {
    const batches = batchesOf(
      "MERGE (n:Place {id: 'p1'}) SET n.name = 'One'",
      "MATCH (n:Place {id: 'p1'}) SET n.kind = 'city'",
      "MERGE (n:Place {id: 'p2'}) SET n.name = 'Two'",
    );
    expect(batches.map((batch) => batch.text)).toEqual([
      'UNWIND $rows AS row MERGE (n:Place {id: row.id}) SET n += row.props',
      'MATCH (n:Place {id: $_literal0}) SET n.kind = $_literal1',
      'UNWIND $rows AS row MERGE (n:Place {id: row.id}) SET n += row.props',
    ]);
    expect(batches[1]!.params).toEqual({ _literal0: 'p1', _literal1: 'city' });
  });

  it('sends anything outside the two forms as written', () => {
    const unusual = [
      "MERGE (n:Person {id: 'a'}) SET m.name = 'other variable'",
      "MERGE (n:Person {id: 'a'}) SET n.id = 'b'",
      "MERGE (n:Person:Agency {id: 'a'})",
      "MATCH (a:Claim {id: 'c1'}), (b:Claim {id: 'c2'}) MERGE (b)-[:CONTRADICTS]->(a)",
      "MATCH (a:Claim {id: 'c1'}), (b:Claim {id: 'c2'}) MERGE (a)-[r:CONTRADICTS]->(b) SET a.flag = true",
      "MERGE (n:Person {id: 'a'}) ON CREATE SET n.name = 'x'",
    ];
    const batches = batchesOf(...unusual);
    expect(batches.map((batch) => batch.text)).toEqual(unusual.map((text) => parameteriseLiterals(text).text));
  });

  it('folds a part of a file into one query per text, node merges first, rows in file order', () => {
    const batches = batchesOf(
      "MERGE (n:Place {id: 'p1'}) SET n.name = 'One'",
      "MATCH (a:Article {id: 'a1'}), (n:Place {id: 'p1'}) MERGE (a)-[:MENTIONS]->(n)",
      "MERGE (n:Place {id: 'p2'}) SET n.name = 'Two'",
      "MATCH (a:Article {id: 'a1'}), (n:Place {id: 'p2'}) MERGE (a)-[:MENTIONS]->(n)",
      "MERGE (n:Place {id: 'p1'}) SET n.name = 'One, renamed'",
    );
    expect(
      batches.map((batch) => (batch.params.rows as { id?: string; to?: string }[]).map((r) => r.id ?? r.to)),
    ).toEqual([
      ['p1', 'p2', 'p1'],
      ['p1', 'p2'],
    ]);
    expect(batches[0]!.text).toContain('MERGE (n:Place');
    expect(batches[1]!.text).toContain('[r:MENTIONS]');
  });

  it('folds only neighbours where a relationship names a node merged further down, which it must not find yet', () => {
    const batches = batchesOf(
      "MERGE (n:Article {id: 'a1'})",
      "MATCH (a:Article {id: 'a1'}), (n:Place {id: 'p9'}) MERGE (a)-[:MENTIONS]->(n)",
      "MERGE (n:Place {id: 'p9'}) SET n.name = 'Nine'",
    );
    expect(batches.map((batch) => batch.text.split(' ').slice(4, 6).join(' '))).toEqual([
      'MERGE (n:Article',
      'MATCH (a:Article',
      'MERGE (n:Place',
    ]);
  });
});
