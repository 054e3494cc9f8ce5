// Reporting verbs that attribute a statement ("said", "told", "wrote", "according to", "estimated"…), and the words
// that refer back to the last speaker ("he", "they", "the post", "the official").

export const REPORTING_VERB =
  /\b(according to|said|says|say|told|tells|wrote|writes|added|adds|stated|states|remarked|announced|announces|estimated|estimating|estimates|estimate|reported|reports|noted|notes|indicated|claimed|claims|confirmed|confirms|labell?ed|posted|warned|insisted|argued|explained|revealed|suggested|acknowledged|tweeted|believes|assessed|assess|shared|released|declared|alleged|accused|denied)\b/gi;

/** Verbs that report the sharing of footage rather than words: they make a claim only when something is quoted. */
export const WEAK_VERB = /^(shared|released|posted|indicated|believes|assess|assessed)$/i;

/** Words just before a verb that name the previous speaker again. */
export const BACK_REFERENCE =
  /\b(he|she|they|it|the (post|statement|official|officials|ministry|agency|spokesperson|spokesman|spokeswoman|president|minister|army|directorate|service|military|group|unit|report))\s+(also\s+|later\s+|further\s+)?$/i;
