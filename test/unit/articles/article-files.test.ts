// The article script writer and the ingest command line: Cypher strings that load as written, the house style, and
// arguments read with messages that say how to call the command.
import { describe, expect, it } from 'vitest';
import { articleScript, cypherString } from '../../../server/src/articles/article-cypher';
import { splitStatements } from '../../../tools/loader/split-statements';
import { parseIngestArgs } from '../../../tools/ingest/parse-ingest-args';

describe('the article script writer', () => {
  it('escapes quotes and backslashes, and never writes "//" inside a string', () => {
    expect(cypherString("Ukraine's \\ path")).toBe("'Ukraine\\'s \\\\ path'");
    expect(cypherString('https://example.org')).toBe("'https:/\\u002Fexample.org'");
    expect(cypherString(null)).toBe('null');
  });

  it('writes one statement per entity, mention, claim and report, each ending a line with ";"', () => {
    const gur = { id: 'agency:gur', label: 'Agency' as const, name: 'GUR', aliases: [], isNew: false };
    const rutte = { id: 'person:mark-rutte', label: 'Person' as const, name: 'Mark Rutte', aliases: [], isNew: true };
    const script = articleScript({
      articleId: 'article:005-test',
      textFile: '005_abc.txt',
      article: {
        title: "GUR: 'at least 40'",
        outlet: null,
        outletId: null,
        outletNote: null,
        published: '2024-12-17',
        publishedPrecision: 'day',
        dateNote: null,
        author: null,
        dateline: null,
        url: 'https://example.org/a',
      },
      outlet: null,
      entities: [gur, rutte],
      claims: [
        {
          id: 'claim:gur-40-2024-12-16',
          caption: 'GUR: at least 40 killed',
          claimant: gur,
          about: [rutte],
          claim: {
            claimant: { key: 'agency:gur', name: 'GUR', matchId: 'agency:gur' },
            quote: 'at least 40 were killed; more to come',
            excerpt: 'The GUR said "at least 40 were killed; more to come".',
            text: 'At least 40 were killed.',
            date: '2024-12-16',
            datePrecision: 'day',
            dateNote: '"on Monday"',
            channel: 'Telegram',
            kind: 'casualties',
            countMin: 40,
            countMax: null,
            countText: 'at least 40',
            measure: 'killed',
            about: [],
            relatedClaims: [{ id: 'claim:other', type: 'CONTRADICTS', basis: 'figures', reason: 'Figures clash' }],
          },
        },
      ],
    });
    const statements = splitStatements(script).map((statement) => statement.text);
    expect(statements).toHaveLength(1 + 1 + 2 + 1 + 1 + 1 + 1 + 1);
    expect(script).toContain("MERGE (n:Person {id: 'person:mark-rutte'})");
    expect(script).toContain("SET a.name = 'GUR: \\'at least 40\\'',");
    expect(script).toContain('MERGE (c)-[r:CONTRADICTS]->(o)');
    expect(script).not.toMatch(/'[^'\n]*\/\/[^'\n]*'/);
  });
});

describe('npm run ingest arguments', () => {
  it('reads the file and the options', () => {
    expect(parseIngestArgs(['a.txt', '--published', '2024-12-17', '--outlet=Reuters'])).toEqual({
      file: 'a.txt',
      published: '2024-12-17',
      outlet: 'Reuters',
    });
  });

  it('says how to call it when something is wrong', () => {
    expect(() => parseIngestArgs([])).toThrow(/Usage: npm run ingest/);
    expect(() => parseIngestArgs(['a.txt', '--published', '17/12/2024'])).toThrow(/YYYY-MM-DD/);
    expect(() => parseIngestArgs(['a.txt', '--colour', 'red'])).toThrow(/Unknown option --colour/);
  });
});
