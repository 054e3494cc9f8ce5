// Where a statement was made, in the house's channel words, from the attribution around it ("in a post to its
// official Telegram channel", "on X", "in a video address", "told reporters"); `unspecified` when the text is silent.

const CHANNELS: [string, RegExp][] = [
  ['Telegram', /\btelegram\b/i],
  ['X', /\bon X\b|\bformerly Twitter\b|\btweet|\bpic\.twitter\.com|\bon Twitter\b/],
  ['video address', /\bvideo (address|message|statement)\b/i],
  ['anonymous briefing to reporters', /\bcondition of anonymity\b/i],
  ['remarks to reporters', /\btold reporters\b/i],
  ['briefing', /\bbriefing\b/i],
  ['social media post', /\b(social media|facebook|instagram)\b/i],
  ['statement', /\bstatement\b/i],
  ['interview', /\binterview\b/i],
  ['report', /\breport(ed)?\b/i],
  ['announcement', /\bannounce/i],
  ['video', /\b(video|footage)\b/i],
];

export function statementChannel(attribution: string, wholeArticle?: string): string {
  const found = CHANNELS.find(([, pattern]) => pattern.test(attribution));
  if (found) return found[0];
  if (wholeArticle && /\bcondition of anonymity\b/i.test(wholeArticle) && /\bofficial\b/i.test(attribution)) {
    return 'anonymous briefing to reporters';
  }
  return 'unspecified';
}
