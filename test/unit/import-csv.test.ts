// The importer's CSV files of the synthetic graph: quoting that survives commas, quotes and line breaks, lists joined
// by a delimiter no text holds, typed headers that match the generator's values, and files that read back to the
// generator's rows, every one of them.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ARRAY_DELIMITER,
  ImportValueError,
  PROPERTY_TYPES,
  formatCsvRows,
  hasLineBreak,
  nodeCells,
  nodeHeader,
  relationshipCells,
  relationshipHeader,
} from '../../tools/loader/synthetic/import-csv';
import { syntheticSizes } from '../../tools/loader/synthetic/news-graph-model';
import { NODE_PROPERTIES, batchKey, syntheticBatches } from '../../tools/loader/synthetic/news-graph-rows';
import { writeImportFiles } from '../../tools/loader/synthetic/write-import-files';

/** CSV text back to rows of strings, as an RFC 4180 reader (the importer among them) sees it. */
function readBack(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/\n$/, ''), { delimiter: ',', newline: '\n' }).data;
}

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('the import CSV rows', () => {
  it('quote commas, double quotes and keep line breaks inside one quoted field', () => {
    const text = formatCsvRows([['a, b', 'say "hi"', 'two\nlines', 'plain']]);
    expect(text).toBe('"a, b","say ""hi""","two\nlines",plain\n');
    expect(readBack(text)).toEqual([['a, b', 'say "hi"', 'two\nlines', 'plain']]);
  });

  it('read back to the same text whatever the strings hold', () => {
    const rows = fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 2, maxLength: 5 }), { minLength: 1 });
    fc.assert(
      fc.property(rows, (cells) => {
        expect(readBack(formatCsvRows(cells))).toEqual(cells);
      }),
    );
  });

  it('quote an empty string so it stays a string, and leave a missing value empty so no property is set', () => {
    expect(formatCsvRows([['x', '', null, 3, true]])).toBe('x,"",,3,true\n');
  });

  it('join a list with the unit separator, and write an empty list as an empty quoted field', () => {
    const cells = nodeCells('Person', { id: 'person:1', name: 'A; B', aliases: ['A. B', 'Ab, c'], title: 'x' });
    expect(cells).toEqual(['person:1', 'A; B', `A. B${ARRAY_DELIMITER}Ab, c`, 'x']);
    expect(formatCsvRows([cells])).toBe(`person:1,A; B,"A. B${ARRAY_DELIMITER}Ab, c",x\n`);
    expect(nodeCells('Place', { id: 'place:1', name: 'P', aliases: [], kind: 'city' })).toEqual([
      'place:1',
      'P',
      '',
      'city',
    ]);
  });

  it('refuse a list element that holds the list delimiter, naming the property and what to do', () => {
    const row = { id: 'person:1', name: 'A', aliases: [`bad${ARRAY_DELIMITER}alias`], title: 'x' };
    expect(() => nodeCells('Person', row)).toThrow(ImportValueError);
    expect(() => nodeCells('Person', row)).toThrow(/"aliases".*U\+001F.*Remove/s);
  });

  it('tell which rows have a line break in a field', () => {
    expect(hasLineBreak([['a', 'b\r\nc']])).toBe(true);
    expect(hasLineBreak([['a', 3, null]])).toBe(false);
  });
});

describe('the import CSV headers', () => {
  it('name each label its own id space and type the columns that are not strings', () => {
    expect(nodeHeader('Claim')).toEqual([
      'id:ID(Claim)',
      'name',
      'aliases:string[]',
      'text',
      'date',
      'kind',
      'countMin:long',
      'countMax:long',
      'measure',
      'verified:boolean',
    ]);
    expect(relationshipHeader('CLAIMED:Person')).toEqual([':START_ID(Person)', ':END_ID(Claim)', 'channel']);
    expect(relationshipHeader('ABOUT:Place')).toEqual([':START_ID(Claim)', ':END_ID(Place)']);
  });

  it('declare the type of every value the generator makes that is not a string', () => {
    const sizes = syntheticSizes(2_000);
    for (const batch of syntheticBatches(sizes, 1_000)) {
      if (batch.kind !== 'nodes') continue;
      for (const row of batch.rows) {
        for (const key of NODE_PROPERTIES[batch.label]) {
          const value = row[key];
          const expected = PROPERTY_TYPES[key];
          if (expected === 'long') expect(Number.isInteger(value), `${batch.label}.${key}`).toBe(true);
          else if (expected === 'boolean') expect(typeof value, `${batch.label}.${key}`).toBe('boolean');
          else if (expected === 'string[]') expect(Array.isArray(value), `${batch.label}.${key}`).toBe(true);
          else expect(typeof value, `${batch.label}.${key}`).toBe('string');
        }
      }
    }
  });
});

describe('the import files', () => {
  it('hold every node and relationship of the generator, in its order, each file under its own header, written by two threads', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'kg-import-csv-test-'));
    folders.push(folder);
    const files = await writeImportFiles({ nodes: 2_000, folder });
    const batches = [...syntheticBatches(syntheticSizes(2_000), 10_000)];

    const claims = readBack(readFileSync(path.join(folder, 'nodes-Claim.csv'), 'utf8'));
    expect(claims[0]).toEqual(nodeHeader('Claim'));
    const claimRows = batches.flatMap((batch) => (batch.kind === 'nodes' && batch.label === 'Claim' ? batch.rows : []));
    expect(claims.slice(1)).toEqual(
      claimRows.map((row) => nodeCells('Claim', row).map((cell) => (cell === null ? '' : String(cell)))),
    );

    const reports = readBack(readFileSync(path.join(folder, 'relationships-REPORTS.csv'), 'utf8'));
    expect(reports[0]).toEqual(relationshipHeader('REPORTS'));
    const reportRows = batches.flatMap((batch) =>
      batch.kind === 'relationships' && batch.relationship === 'REPORTS' ? batch.rows : [],
    );
    expect(reports.slice(1)).toEqual(reportRows.map((row) => relationshipCells('REPORTS', row)));

    const relationships = batches.reduce((sum, b) => sum + (b.kind === 'relationships' ? b.rows.length : 0), 0);
    expect(files.relationships).toBe(relationships);
    expect(files.nodes).toBe(Object.values(syntheticSizes(2_000)).reduce((a, b) => a + b, 0));
    expect(files.relationshipFiles.reduce((sum, file) => sum + file.rows, 0)).toBe(relationships);
    // One marker per batch, as the UNWIND loader writes them, so it finds the imported graph complete.
    const markers = ['markers-nodes.csv', 'markers-relationships.csv'].map((name) =>
      readBack(readFileSync(path.join(folder, name), 'utf8')).slice(1),
    );
    expect(markers.flat()).toEqual(batches.map((batch) => ['synthetic-2000', batchKey(batch)]));
    expect(files.nodeFiles.concat(files.relationshipFiles).every((file) => !file.multiline)).toBe(true);
    // The importer stores no empty list: the labels whose aliases are sometimes empty are named, to be set later.
    expect(files.emptyLists.map((list) => `${list.label}.${list.key}`).sort()).toEqual([
      'Article.aliases',
      'Claim.aliases',
      'Event.aliases',
      'Place.aliases',
    ]);
    expect(readdirSync(folder)).toHaveLength(files.nodeFiles.length + files.relationshipFiles.length);
  });

  it("fail with the file system's reason when the folder cannot be written, both threads stopped", async () => {
    const folder = path.join(os.tmpdir(), 'kg-import-csv-test-missing', 'nowhere');
    await expect(writeImportFiles({ nodes: 1_000, folder })).rejects.toThrow(/ENOENT/);
  });
});
