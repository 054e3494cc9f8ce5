// A claim's kind (cypher/README.md's list) from the words of what was said; the first rule that applies wins, so
// the more specific kinds come first. A reviewer corrects it where the words mislead.
import type { ClaimKind } from '../../claims/claim-kinds';

const RULES: [ClaimKind, RegExp][] = [
  ['no-comment', /\b(declined|refused|refrained) (to comment|from comment)|\bno comment\b|\bremained silent\b/i],
  ['sanctions', /\bsanction/i],
  ['negotiations', /\b(peace talks|negotiat|ceasefire|truce)/i],
  ['casualties', /\b(killed|wounded|casualt|losses|lost|dead|deaths?|died|die|missing)\b/i],
  ['legitimacy', /\blegitimate\b/i],
  [
    'troop-strength',
    /\b\d[\d,]* (?:to [\d,]+ )?(?:north korean |russian |ukrainian )?(troops|soldiers|servicemen)\b.*\b(sent|deployed|dispatched)|\b(sent|deployed|dispatched)\b.*\b\d[\d,]* (troops|soldiers|servicemen)\b/i,
  ],
  ['reinforcement', /\b(reinforcement|replenish|re-equipp|fresh personnel)/i],
  ['equipment', /\b(equipment|rifle|radio|detector|weapons captured|captured)\b/i],
  ['military-aid', /\b(munitions|missiles|arms|artillery shells|providing .* with)\b/i],
  ['territory', /\b(territory|buffer zone|retook|take back|captured ground|seized ground|hold ground)\b/i],
  ['coordination', /\b(language barrier|coordination|communication problems|integration)\b/i],
  ['tactics', /\b(tactics|in waves|drones inflicted|assault groups)\b/i],
  ['accusation', /\b(accus|burn|war crime|attempting to obscure|hide)\w*/i],
  ['combat-engagement', /\b(combat|fighting|battl|assaults?|clashes|front line|frontline|engaged)\w*/i],
  ['deployment', /\b(deploy|sent|dispatch|arriv|units?|moved|movement)\w*/i],
  ['prediction', /\b(will|would|could|likely|expect|may)\b/i],
  ['intent', /\b(we will|intend|plan to|ready to)\b/i],
];

export function claimKind(text: string): ClaimKind {
  return RULES.find(([, pattern]) => pattern.test(text))?.[0] ?? 'assessment';
}
