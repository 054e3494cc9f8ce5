// Prints a proposal for a person at a terminal: the article's inferred metadata, each entity and how it was matched,
// each claim with speaker, date, figures and quote.
import type { Proposal } from '../../server/src/articles/articles.schema';

export function printProposal(proposal: Proposal, log: (line: string) => void): void {
  const { article } = proposal;
  log(`\nArticle ${article.id}`);
  for (const [name, field] of [
    ['title', article.title],
    ['outlet', article.outlet],
    ['published', article.published],
    ['author', article.author],
  ] as const) {
    log(`  ${name.padEnd(9)} ${field.value ?? '—'}  (${field.note})`);
  }
  const matched = proposal.entities.filter((entity) => entity.matchId);
  log(`\nEntities: ${matched.length} matched to the graph, ${proposal.entities.length - matched.length} new`);
  for (const entity of proposal.entities) {
    const id = entity.matchId ?? `${entity.newId} (new)`;
    log(
      `  ${entity.label.padEnd(6)} ${id.padEnd(45)} ${entity.match.by.padEnd(5)} ×${entity.mentions.length}  ${entity.match.note}`,
    );
  }
  log(`\nClaims: ${proposal.claims.length}`);
  for (const claim of proposal.claims) {
    const figures =
      claim.countMin !== null || claim.countMax !== null
        ? ` [${claim.countMin ?? '…'}–${claim.countMax ?? '…'} ${claim.measure ?? ''}]`
        : '';
    log(
      `  ${claim.claimant.matchId ?? `${claim.claimant.name} (new)`} · ${claim.date ?? 'undated'} (${claim.datePrecision}) · ${claim.channel} · ${claim.kind}${figures}`,
    );
    log(`    ${claim.quote ? `“${claim.quote}”` : claim.text}`);
    log(`    date: ${claim.dateNote}`);
    for (const related of claim.relatedClaims) log(`    ${related.type} ${related.id}: ${related.reason}`);
  }
}
