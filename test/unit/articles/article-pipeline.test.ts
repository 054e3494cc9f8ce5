// The proposal pipeline on passages of the seed articles: entity resolution against the graph's names, claims with
// speakers (also from the sentence before), dates resolved against the publication date, figures, furniture.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Proposal } from '../../../server/src/articles/articles.schema';
import { proposeArticle } from '../../../server/src/articles/pipeline/propose-article';
import { SEED_ARTICLES, seedGazetteer } from '../../fixtures/seed-gazetteer.fixtures';

const gazetteer = seedGazetteer();

function propose(text: string, published?: string, format?: 'text' | 'html'): Proposal {
  return proposeArticle({ text, published, format }, { gazetteer, articleNumber: '005' });
}

function seed(file: string): string {
  return readFileSync(path.join(SEED_ARTICLES, file), 'utf8');
}

const matchIds = (proposal: Proposal) => proposal.entities.map((entity) => entity.matchId);

describe('entities are matched to the graph under any of their names', () => {
  it('recognises Vorobzha as the village Vorozhba', () => {
    const proposal = propose(
      'The GUR reported that North Korean casualties occurred in the villages of Plekhovo, Vorobzha, and Martynovka.',
    );
    expect(matchIds(proposal)).toEqual(expect.arrayContaining(['place:vorozhba', 'place:plekhovo', 'agency:gur']));
  });

  it('recognises a spelling the graph does not hold as a variant of a known name', () => {
    const proposal = propose('The fighting near Vorozhbe was heavy, Ukrainian President Volodymyr Zelenskiy said.');
    const village = proposal.entities.find((entity) => entity.matchId === 'place:vorozhba');
    expect(village?.match.by).toBe('fuzzy');
    expect(matchIds(proposal)).toContain('person:volodymyr-zelensky');
  });

  it('recognises Zelenskyy as Volodymyr Zelensky', () => {
    const proposal = propose('Ukrainian President Volodymyr Zelenskyy said on Saturday that Kyiv has new data.');
    expect(matchIds(proposal)).toContain('person:volodymyr-zelensky');
  });

  it('recognises the GUR as HUR and as the Defence Intelligence of Ukraine', () => {
    for (const name of ['HUR', 'the Defence Intelligence of Ukraine', 'GUR']) {
      const proposal = propose(`${name} said on Monday that at least 30 North Korean soldiers were killed.`);
      expect(matchIds(proposal), name).toContain('agency:gur');
    }
  });

  it('proposes a name the graph does not know as a new node with an id in the house form', () => {
    const proposal = propose('NATO Secretary General Mark Rutte said the deployment was a dangerous escalation.');
    const rutte = proposal.entities.find((entity) => entity.name === 'Mark Rutte');
    expect(rutte).toMatchObject({ matchId: null, newId: 'person:mark-rutte', label: 'Person' });
  });

  it('tells the country from the state that acts for it', () => {
    const proposal = propose('North Korea had dispatched approximately 10,000 troops to bolster Russia’s efforts.');
    expect(matchIds(proposal)).toEqual(
      expect.arrayContaining(['place:north-korea', 'agency:government-of-north-korea', 'place:russia']),
    );
  });
});

describe('claims are attributed to who made them', () => {
  const abc = propose(seed('001_f80e0bb262795a3b.txt'), '2024-12-16');
  const quoted = (start: string) => abc.claims.find((claim) => claim.quote?.startsWith(start));

  it('finds a quotation with its speaker and reporting verb in the same sentence', () => {
    expect(quoted('Due to losses')?.claimant.matchId).toBe('agency:gur');
    expect(quoted('I don')?.claimant.matchId).toBe('person:john-kirby');
    expect(quoted('I don')?.channel).toBe('remarks to reporters');
  });

  it('gives a quotation standing alone the speaker of the sentence before', () => {
    expect(quoted('I would say certainly')?.claimant.matchId).toBe('person:john-kirby');
    expect(quoted('So far, only there')?.claimant.matchId).toBe('person:volodymyr-zelensky');
  });

  it('resolves "he said" to the last speaker', () => {
    expect(quoted('escalation')?.claimant.matchId).toBe('person:john-kirby');
  });

  it('reads a paraphrased statement with "according to" as a claim of that source', () => {
    const ryder = abc.claims.find((claim) => claim.excerpt.includes('up to 12,000 troops'));
    expect(ryder).toMatchObject({ claimant: { matchId: 'person:pat-ryder' }, quote: null, countMax: 12_000 });
    expect(ryder).toMatchObject({ date: '2024-11-01', datePrecision: 'month' });
  });

  it('keeps every quote an exact substring of the article', () => {
    for (const claim of abc.claims) {
      if (claim.quote) expect(abc.text).toContain(claim.quote);
      expect(abc.text).toContain(claim.excerpt);
    }
  });

  it('takes the posts embedded in a page as claims of the account named under them', () => {
    const proposal = propose(seed('000_5d8e198a8901eda8.txt'), '2024-12-16');
    const posts = proposal.claims.filter((claim) => claim.claimant.matchId === 'agency:russianpropx');
    expect(posts.map((claim) => claim.quote)).toEqual([
      'Special Operations Forces showed footage of a hunt for mercenaries from North Korea in the Kursk region.',
      'The DPRK army suffered losses of at least 30 soldiers killed and wounded.',
    ]);
    expect(posts[0]).toMatchObject({ date: '2024-12-16', channel: 'X' });
  });
});

describe('claim dates are resolved against the publication date', () => {
  it('resolves "on Monday" to the Monday before a Tuesday publication, with a note', () => {
    const proposal = propose(
      'The White House and Pentagon on Monday confirmed that the forces are fighting.',
      '2024-12-17',
    );
    expect(proposal.claims[0]).toMatchObject({ date: '2024-12-16', datePrecision: 'day' });
    expect(proposal.claims[0]?.dateNote).toMatch(/Monday.*2024-12-16.*2024-12-17/);
  });

  it('does not take the days a battle was fought for the day it was reported', () => {
    const proposal = propose(
      'On Dec. 14 and 15, the GUR said, "units of the DPRK army suffered significant losses."',
      '2024-12-16',
    );
    expect(proposal.claims[0]).toMatchObject({ date: '2024-12-16', datePrecision: 'undated' });
  });

  it('leaves a relative date unresolved when the publication date is unknown', () => {
    const proposal = propose('Kirby told reporters on Monday that dozens of soldiers were killed or wounded.');
    expect(proposal.claims[0]?.date).toBeNull();
  });
});

describe('figures are bounded as the house style does', () => {
  const figureOf = (sentence: string) => {
    const claim = propose(sentence, '2024-12-17').claims[0];
    return { countMin: claim?.countMin, countMax: claim?.countMax, measure: claim?.measure };
  };

  it('reads "at least", "up to", ranges and vague quantities', () => {
    expect(figureOf('The GUR said at least 30 North Korean soldiers were killed and wounded.')).toEqual({
      countMin: 30,
      countMax: null,
      measure: 'killed and wounded',
    });
    expect(figureOf('Ryder said Pyongyang has sent up to 12,000 troops to Russia.')).toMatchObject({
      countMin: null,
      countMax: 12_000,
    });
    expect(figureOf('Kirby said several dozen North Korean soldiers have been killed or wounded.')).toMatchObject({
      countMin: 24,
      countMax: 99,
    });
    expect(
      figureOf('A couple hundred North Korean troops have been killed or wounded, a senior military official said.'),
    ).toEqual({
      countMin: 200,
      countMax: 200,
      measure: 'killed and wounded',
    });
    expect(figureOf('Kirby said North Korea has sent 10,000 to 12,000 troops to Russia.')).toMatchObject({
      countMin: 10_000,
      countMax: 12_000,
      measure: 'troops deployed',
    });
  });
});

describe('the article itself', () => {
  it('infers outlet, author, date line and headline from the page, and recognises page furniture', () => {
    const proposal = propose(seed('004_1ae09d8706205b68.txt'));
    expect(proposal.article).toMatchObject({
      outlet: { value: 'The Associated Press' },
      outletId: 'agency:associated-press',
      author: { value: 'Lolita C. Baldor' },
      dateline: 'Washington',
      title: { value: 'A couple hundred North Korean troops killed, wounded in battles with Ukrainian forces' },
    });
    expect(proposal.article.outlet.note).toContain('WASHINGTON (AP)');
    const kinds = proposal.boilerplate.map((part) => proposal.text.slice(part.start, part.end) + ' → ' + part.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['Skip to content → furniture', 'push icon → furniture', 'No thanks → furniture']),
    );
    expect(proposal.boilerplate.some((part) => part.kind === 'caption')).toBe(true);
  });

  it('reads an outlet that names itself in its house style', () => {
    const proposal = propose(seed('002_e1c0dda746d4784f.txt'));
    expect(proposal.article.outlet).toMatchObject({ value: 'Newsweek' });
  });

  it('reads an uploaded HTML page as its text, without scripts and navigation', () => {
    const html =
      '<html><head><script>var x = 1;</script></head><body><nav>Home | World</nav><h1>GUR: 30 killed</h1>' +
      '<p>The GUR said on Monday that at least 30 North Korean soldiers were killed and wounded in Kursk.</p></body></html>';
    const proposal = propose(html, '2024-12-16', 'html');
    expect(proposal.text).not.toContain('var x');
    expect(proposal.text).not.toContain('Home | World');
    expect(proposal.article.title.value).toBe('GUR: 30 killed');
    expect(proposal.claims[0]).toMatchObject({ claimant: { matchId: 'agency:gur' }, countMin: 30, date: '2024-12-16' });
  });
});
