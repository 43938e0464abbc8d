/**
 * How a sentence holds its claim: as a question, as what may be (`könnte`, `würde`, `falls`), as
 * what is to come (`soll … beginnen`, `plant`, `geplant`, `morgen`, `bevorstehend`), or as what
 * is (none of these). Two reports of one story tell the act to come and the act done in the
 * same words (`Die Gespräche sollen am Montag beginnen` / `Die Gespräche endeten am Montag`):
 * one fact is told in one mood. Indirect speech (`sei`, `habe`, `hätten`) is how German reports
 * what a source said, in any mood, so it says nothing here.
 */

import { rulesOut } from './negation';

export type Mood = 'question' | 'maybe' | 'plan';

/** Words of what may be: the conditional and the speculative. */
const MAYBE = new Set(['könnte', 'könnten', 'würde', 'würden', 'dürfte', 'dürften', 'möglicherweise', 'vielleicht', 'eventuell', 'falls', 'womöglich', 'vermutlich']);
/** Words of what is to come: intent, plan, schedule, the days ahead. */
const PLAN = new Set([
  'plant', 'planen', 'plante', 'planten', 'geplant', 'geplante', 'geplanten', 'will', 'wollen', 'beabsichtigt', 'beabsichtigen',
  'bevorstehend', 'bevorstehende', 'bevorstehenden', 'bevor', 'demnächst', 'künftig', 'künftige', 'künftigen', 'morgen', 'übermorgen',
  'kommende', 'kommenden', 'kommender', 'nächste', 'nächsten', 'nächster', 'voraussichtlich', 'anstehende', 'anstehenden',
]);
/** A finite `werden` or `sollen` whose infinitive closes the clause is the future (`wird … reisen`, `soll … beginnen`). */
const FUTURE_AUX = new Set(['wird', 'werden', 'werde', 'soll', 'sollen', 'sollte', 'sollten']);
/** Infinitives that begin with `ge` and end like a participle (`soll es um … gehen`). */
const GE_VERBS = new Set(['gehen', 'geben', 'gelten', 'gewinnen', 'gehören', 'gelingen', 'gewähren', 'gestalten', 'genehmigen', 'gefährden']);

/** The mood of a sentence and the word that shows it (`text` the sentence, `words` its words in lower case), or null for a statement. */
export function mood(text: string, words: readonly string[]): { mood: Mood; word: string } | null {
  if (/\?\s*["“”»«'’)]*\s*$/.test(text)) return { mood: 'question', word: '?' };
  for (const w of words) if (MAYBE.has(w)) return { mood: 'maybe', word: w };
  // `schloss nicht aus, dass …`, `ist nicht ausgeschlossen`: what may be.
  if (rulesOut(words) && words.some((w) => w === 'nicht' || w === 'nichts')) return { mood: 'maybe', word: 'nicht aus' };
  // `bevor` is a conjunction (before …) unless it ends the clause, as the particle of `bevorstehen`.
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (PLAN.has(w) && (w !== 'bevor' || i === words.length - 1)) return { mood: 'plan', word: w };
  }
  const aux = futureAux(text);
  return aux ? { mood: 'plan', word: aux } : null;
}

/**
 * A finite `werden`/`sollen` whose clause ends on a bare infinitive (`wird am Montag reisen`,
 * `sollen … beginnen`): not a participle (`wird … getötet` is the passive; `soll … getötet
 * worden sein` reports a past act), nor `sein`/`haben` after a participle.
 */
function futureAux(text: string): string | null {
  for (const clause of text.split(/[,;:.!?–—]\s/)) {
    const ws = clause.toLowerCase().match(/[\p{L}]+/gu) ?? [];
    const at = ws.findIndex((w) => FUTURE_AUX.has(w));
    if (at < 0 || at >= ws.length - 1) continue;
    const last = ws[ws.length - 1]!, before = ws[ws.length - 2] ?? '';
    if (!/en$/.test(last) || last === 'werden' || (/^ge\p{L}+(t|en)$/u.test(last) && !GE_VERBS.has(last))) continue;
    if ((last === 'sein' || last === 'haben') && /^ge\p{L}+(t|en)$|worden$/u.test(before)) continue;
    return ws[at]!;
  }
  return null;
}
