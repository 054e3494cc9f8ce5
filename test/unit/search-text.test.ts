// Turning what people type into a safe full-text query with exact, prefix and fuzzy matches.
import { describe, expect, it } from 'vitest';
import { toLuceneQuery } from '../../server/src/search/lucene-query';

describe('toLuceneQuery', () => {
  it('matches each word exactly, as a prefix and (for longer words) fuzzily, lower-cased', () => {
    expect(toLuceneQuery('Zelensk')).toBe('(zelensk^4 OR zelensk*^2 OR zelensk~2)');
    expect(toLuceneQuery('GUR')).toBe('(gur^4 OR gur*^2)');
    expect(toLuceneQuery('pat  ryder')).toBe('(pat^4 OR pat*^2) (ryder^4 OR ryder*^2 OR ryder~1)');
  });

  it('escapes every Lucene special character so input is plain text', () => {
    expect(toLuceneQuery('title:kursk')).toBe('(title\\:kursk^4 OR title\\:kursk*^2 OR title\\:kursk~2)');
    expect(toLuceneQuery('a+b')).toBe('(a\\+b^4 OR a\\+b*^2)');
    expect(toLuceneQuery('"(x)"')).toBe('(\\"\\(x\\)\\"^4)');
  });

  it('turns operators into words and drops input with nothing to search for', () => {
    expect(toLuceneQuery('NOT')).toBe('(not^4 OR not*^2)');
    expect(toLuceneQuery('+++ ***')).toBeUndefined();
    expect(toLuceneQuery('   ')).toBeUndefined();
  });

  it('keeps at most eight words', () => {
    expect(toLuceneQuery('a b c d e f g h i j')?.split(') (').length).toBe(8);
  });
});
