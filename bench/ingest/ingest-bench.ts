// `npm run bench -- ingest`: runs the proposal pipeline on each seed article and compares it with the hand-made
// graph. The gazetteer is the loaded graph's names and aliases; the existing claims leave out the ones only this
// article reports; the publication date is given as an analyst would type it (the article's hand-made date).
// Goals: entity recall ≥ 0.9 at precision ≥ 0.8; ≥ 80% of hand-made quotes with the right speaker; ≥ 80% of their
// dates right. Prints per-article figures, totals, and what was missed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { readGazetteer } from '../../server/src/articles/articles.repository';
import { proposeFromGraph } from '../../server/src/articles/propose-from-graph';
import { Gazetteer } from '../../server/src/articles/pipeline/gazetteer';
import { CYPHER_ROOT } from '../../tools/loader/load-cypher';
import { printTable } from '../print-table';
import { readGoldArticles } from './gold-standard.repository';
import { scoreProposal, type ProposalScore } from './score-proposal';

export const INGEST_GOALS = { recall: 0.9, precision: 0.8, speakers: 0.8, dates: 0.8 };

export interface IngestFigures {
  recall: number;
  precision: number;
  speakers: number;
  dates: number;
  met: boolean;
}

export async function runIngestBench(
  driver: Driver,
  database: string | undefined,
  verbose: boolean,
): Promise<IngestFigures> {
  console.log('\nIngest quality: the pipeline on the five seed articles against the hand-made graph');
  // Reads of the whole graph, without the API's per-query timeout (a bench run is watched by a person).
  const target = { database, timeoutMs: 0 };
  const gazetteer = new Gazetteer(await readGazetteer(driver, target));
  const scores: ProposalScore[] = [];
  let ms = 0;
  for (const gold of await readGoldArticles(driver, database)) {
    const text = readFileSync(path.join(CYPHER_ROOT, 'articles', gold.file), 'utf8');
    const started = performance.now();
    const proposal = await proposeFromGraph(
      { text, published: gold.published ?? undefined },
      { driver, target, gazetteer, articleNumber: '999', excludeArticle: gold.id },
    );
    ms += performance.now() - started;
    scores.push(scoreProposal(gold, proposal));
  }
  const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  const pct = (value: number) => `${(value * 100).toFixed(0)}%`;
  printTable(
    [
      'article',
      'entities gold/proposed/matched',
      'recall',
      'precision',
      'quotes',
      'found',
      'right speaker',
      'date right',
      'claims',
    ],
    scores.map((score) => [
      score.article,
      `${score.goldEntities}/${score.proposedEntities}/${score.matchedEntities}`,
      ratio(score.matchedEntities, score.goldEntities).toFixed(2),
      ratio(score.matchedEntities, score.proposedEntities).toFixed(2),
      String(score.goldQuotes),
      String(score.quotesFound),
      String(score.quotesWithRightSpeaker),
      String(score.datesRight),
      String(score.proposedClaims),
    ]),
  );
  const sum = (pick: (score: ProposalScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const figures = {
    recall: ratio(
      sum((s) => s.matchedEntities),
      sum((s) => s.goldEntities),
    ),
    precision: ratio(
      sum((s) => s.matchedEntities),
      sum((s) => s.proposedEntities),
    ),
    speakers: ratio(
      sum((s) => s.quotesWithRightSpeaker),
      sum((s) => s.goldQuotes),
    ),
    dates: ratio(
      sum((s) => s.datesRight),
      sum((s) => s.goldQuotes),
    ),
  };
  const met =
    figures.recall >= INGEST_GOALS.recall &&
    figures.precision >= INGEST_GOALS.precision &&
    figures.speakers >= INGEST_GOALS.speakers &&
    figures.dates >= INGEST_GOALS.dates;
  console.log(
    `\nAll five: entity recall ${figures.recall.toFixed(2)} (goal ≥ ${INGEST_GOALS.recall}), precision ` +
      `${figures.precision.toFixed(2)} (≥ ${INGEST_GOALS.precision}); quotes with the right speaker ` +
      `${pct(figures.speakers)} (≥ ${pct(INGEST_GOALS.speakers)}); dates right ${pct(figures.dates)} ` +
      `(≥ ${pct(INGEST_GOALS.dates)}) — ${met ? 'goals met' : 'GOALS NOT MET'}. Pipeline time ${ms.toFixed(0)} ms for five articles (with the reads of the claims they may link to).`,
  );
  if (verbose) {
    for (const score of scores) {
      console.log(`\n${score.article}`);
      if (score.missedEntities.length) console.log(`  missed entities: ${score.missedEntities.join(', ')}`);
      if (score.wrongEntities.length)
        console.log(`  entities not in the hand-made graph: ${score.wrongEntities.join(', ')}`);
      for (const miss of score.misses) console.log(`  ${miss}`);
    }
  }
  return { ...figures, met };
}
