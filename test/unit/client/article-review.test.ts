// The review of a proposed article: decisions become the save request; rejecting an entity drops the claims it
// made and the subjects it was.
import { describe, expect, it } from 'vitest';
import type { ArticleProposal } from '../../../client/src/api/api-client';
import {
  addSubject,
  removeSubject,
  startReview,
  textSegments,
  toSaveRequest,
} from '../../../client/src/core/ingest/article-review';

const text = 'The GUR said "at least 40 were killed" near Vorobzha. Rutte said "a dangerous escalation".';

const proposal: ArticleProposal = {
  text,
  boilerplate: [],
  article: {
    id: 'article:005-gur-40',
    title: { value: 'GUR: 40 killed', note: 'headline' },
    outlet: { value: null, note: 'none' },
    outletId: null,
    published: { value: '2024-12-17', note: 'given' },
    publishedPrecision: 'day',
    author: { value: null, note: 'none' },
    dateline: null,
    url: null,
  },
  entities: [
    {
      key: 'agency:gur',
      name: 'GUR',
      label: 'Agency',
      matchId: 'agency:gur',
      newId: 'agency:gur',
      match: { by: 'alias', note: '' },
      mentions: [{ start: 4, end: 7, text: 'GUR' }],
    },
    {
      key: 'place:vorozhba',
      name: 'Vorozhba',
      label: 'Place',
      matchId: 'place:vorozhba',
      newId: 'place:vorozhba',
      match: { by: 'alias', note: '' },
      mentions: [{ start: 44, end: 52, text: 'Vorobzha' }],
    },
    {
      key: 'new:Person:rutte',
      name: 'Rutte',
      label: 'Person',
      matchId: null,
      newId: 'person:rutte',
      match: { by: 'new', note: '' },
      mentions: [{ start: 54, end: 59, text: 'Rutte' }],
    },
  ],
  claims: [
    claim('c1', 'agency:gur', 'at least 40 were killed', 14, ['place:vorozhba', 'new:Person:rutte']),
    claim('c2', 'new:Person:rutte', 'a dangerous escalation', 66, []),
  ],
};

function claim(
  key: string,
  claimant: string,
  quote: string,
  start: number,
  about: string[],
): ArticleProposal['claims'][number] {
  return {
    key,
    claimant: { key: claimant, name: claimant, matchId: claimant.startsWith('new:') ? null : claimant },
    quote,
    excerpt: quote,
    span: { start, end: start + quote.length },
    text: `${quote}.`,
    date: '2024-12-16',
    datePrecision: 'day',
    dateNote: '"on Monday"',
    channel: 'unspecified',
    kind: 'casualties',
    countMin: 40,
    countMax: null,
    countText: 'at least 40',
    measure: 'killed',
    about: about.map((id) => ({ key: id, name: id, matchId: id.startsWith('new:') ? null : id })),
    relatedClaims: [{ id: 'claim:x', text: 'x', type: 'CORROBORATES', basis: 'content', reason: 'same' }],
  };
}

describe('reviewing a proposed article', () => {
  it('saves everything accepted as proposed', () => {
    const request = toSaveRequest(startReview(proposal));
    expect(request.entities.map((entity) => entity.matchId ?? entity.newId)).toEqual([
      'agency:gur',
      'place:vorozhba',
      'person:rutte',
    ]);
    expect(request.claims).toHaveLength(2);
    expect(request.claims[0]?.relatedClaims).toEqual([
      { id: 'claim:x', type: 'CORROBORATES', basis: 'content', reason: 'same' },
    ]);
  });

  it('drops the claims of a rejected entity and the subjects it was, and keeps edits', () => {
    const review = startReview(proposal);
    review.entities.get('new:Person:rutte')!.accepted = false;
    const decision = review.claims.get('c1')!;
    decision.text = 'Edited.';
    decision.date = '2024-12-15';
    decision.related.clear();
    review.entities.get('place:vorozhba')!.matchId = 'place:plekhovo';
    const request = toSaveRequest(review);
    expect(request.entities.map((entity) => entity.key)).toEqual(['agency:gur', 'place:vorozhba']);
    expect(request.claims).toHaveLength(1);
    expect(request.claims[0]).toMatchObject({
      text: 'Edited.',
      date: '2024-12-15',
      datePrecision: 'day',
      relatedClaims: [],
    });
    expect(request.claims[0]?.about).toEqual([{ key: 'place:vorozhba', name: 'Vorozhba', matchId: 'place:plekhovo' }]);
  });

  it('saves the subjects as edited: one removed, one from the article and one from the graph added, none twice', () => {
    const review = startReview(proposal);
    const decision = review.claims.get('c1')!;
    removeSubject(
      decision,
      decision.about.find((item) => item.key === 'place:vorozhba')!,
    );
    expect(addSubject(decision, { key: 'agency:gur', name: 'GUR', matchId: 'agency:gur' })).toBe(true);
    expect(addSubject(decision, { key: null, name: 'Kursk', matchId: 'place:kursk' })).toBe(true);
    expect(addSubject(decision, { key: null, name: 'Kursk region', matchId: 'place:kursk' })).toBe(false);
    const about = toSaveRequest(review).claims[0]?.about;
    expect(about).toEqual([
      { key: 'new:Person:rutte', name: 'Rutte', matchId: null },
      { key: 'agency:gur', name: 'GUR', matchId: 'agency:gur' },
      { key: null, name: 'Kursk', matchId: 'place:kursk' },
    ]);
    expect(proposal.claims[0]?.about.map((item) => item.key)).toEqual(['place:vorozhba', 'new:Person:rutte']);
  });

  it('cuts the text where mentions and claims start and end', () => {
    const segments = textSegments(proposal);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.find((segment) => segment.entityKey === 'place:vorozhba')?.text).toBe('Vorobzha');
    expect(segments.find((segment) => segment.claimKey === 'c1')?.text).toBe('at least 40 were killed');
  });
});
