import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { parameteriseLiterals } from '../../tools/loader/parameterise-literals';

describe('parameteriseLiterals', () => {
  it('turns strings, numbers, booleans, null and lists of literals into parameters', () => {
    const sent = parameteriseLiterals(
      "MERGE (c:Claim {id: 'claim:a'}) SET c.aliases = ['A', 'B'], c.countMin = 30, c.share = 0.5, " +
        'c.verified = false, c.note = null, c.tags = []',
    );
    expect(sent.text).toBe(
      'MERGE (c:Claim {id: $_literal0}) SET c.aliases = $_literal1, c.countMin = $_literal2, ' +
        'c.share = $_literal3, c.verified = $_literal4, c.note = $_literal5, c.tags = $_literal6',
    );
    expect(sent.params).toEqual({
      _literal0: 'claim:a',
      _literal1: ['A', 'B'],
      _literal2: neo4j.int(30),
      _literal3: 0.5,
      _literal4: false,
      _literal5: null,
      _literal6: [],
    });
  });

  it('gives statements that differ only in their values the same text, so Neo4j plans them once', () => {
    const first = parameteriseLiterals(
      "// people\nMATCH (a:Person {id: 'a'}),\n      (b:Agency {id: 'b'}) MERGE (a)-[:MEMBER_OF]->(b)",
    );
    const second = parameteriseLiterals(
      "MATCH (a:Person {id: 'c'}), (b:Agency {id: 'd'})   MERGE (a)-[:MEMBER_OF]->(b)",
    );
    expect(first.text).toBe(second.text);
    expect(first.text).toBe(
      'MATCH (a:Person {id: $_literal0}), (b:Agency {id: $_literal1}) MERGE (a)-[:MEMBER_OF]->(b)',
    );
  });

  it('reads Cypher escapes exactly as Neo4j does', () => {
    const sent = parameteriseLiterals(String.raw`RETURN 'it\'s', "a \"b\"", 'tab\there', 'back\\slash', '\u00e9'`);
    expect(Object.values(sent.params)).toEqual(["it's", 'a "b"', 'tab\there', 'back\\slash', 'é']);
  });

  it('leaves what cannot be a parameter: pattern bounds, unknown escapes, names, keywords, indexes of lists', () => {
    expect(parameteriseLiterals('MATCH p = (a)-[*1..3]->(b) RETURN p').text).toBe(
      'MATCH p = (a)-[*1..3]->(b) RETURN p',
    );
    expect(parameteriseLiterals(String.raw`RETURN '\q' AS x`).text).toBe(String.raw`RETURN '\q' AS x`);
    expect(parameteriseLiterals('MATCH (n) WHERE n.x IS NULL RETURN n.list[0] AS `a b`').text).toBe(
      'MATCH (n) WHERE n.x IS NULL RETURN n.list[$_literal0] AS `a b`',
    );
  });

  it('keeps multi-character operators whole', () => {
    const sent = parameteriseLiterals("MATCH (a)<-[r]-(b) WHERE a.x <> 'y' AND a.n >= 2 SET a += {k: 'v'}");
    expect(sent.text).toBe('MATCH (a)<-[r]-(b) WHERE a.x <> $_literal0 AND a.n >= $_literal1 SET a += {k: $_literal2}');
  });
});
