// Texts the pipeline refuses, each with a message that says what to do instead.
import { describe, expect, it } from 'vitest';
import { BadRequestError, PayloadTooLargeError } from '../../../server/src/errors/app-errors';
import { ARTICLE_MAX_CHARS, checkArticleText } from '../../../server/src/articles/pipeline/text-checks';

describe('article text checks', () => {
  it('refuses empty text', () => {
    expect(() => checkArticleText('  \n ')).toThrow(BadRequestError);
    expect(() => checkArticleText('')).toThrow(/empty/);
  });

  it('refuses binary data', () => {
    expect(() => checkArticleText('PK\u0003\u0004\u0000\u0000 some zipped bytes')).toThrow(/binary/);
  });

  it('refuses text longer than one review', () => {
    expect(() => checkArticleText('word '.repeat(ARTICLE_MAX_CHARS))).toThrow(PayloadTooLargeError);
  });

  it('refuses text that is not English, naming the language it reads as', () => {
    const german =
      'Nordkoreanische Soldaten sind nach Angaben des ukrainischen Militärgeheimdienstes bei Kämpfen in der ' +
      'russischen Grenzregion Kursk getötet worden. Die Angaben konnten nicht unabhängig überprüft werden.';
    expect(() => checkArticleText(german)).toThrow(/"deu".*not English/);
  });

  it('accepts an English article', () => {
    expect(() =>
      checkArticleText(
        'North Korean soldiers have been killed in combat with Ukrainian forces in Russia’s Kursk border region, ' +
          'according to Ukraine’s military intelligence agency and the Pentagon.',
      ),
    ).not.toThrow();
  });
});
