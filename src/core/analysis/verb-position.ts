/**
 * Where a lowercase word before a capitalised one is a finite verb, not an adjective. The finder
 * reads `die annektierte Halbinsel` as an adjective before a noun; after a subject pronoun or a
 * sentence-opening adverb the same shape is a verb before its object or subject (`Sie trafen
 * Martin Luther King`, `Er lobte Peter Hansen`, `Gestern sprachen Anna Berg und …`): German puts
 * the finite verb second, so a name follows it, not a noun.
 */
import type { TokenTable } from './token-table';

/** Nominative pronouns: a finite verb follows them (`ihr` is a determiner too, so left out). */
const SUBJECT_PRONOUNS = new Set(['ich', 'du', 'er', 'sie', 'es', 'wir', 'man']);

/**
 * Adverbs that open a sentence before its finite verb (V2); no article or preposition (`Aus
 * humanitären Gründen`), nor a focus word an adjective may follow (`Auch ehemalige Minister`,
 * `Noch junge …`).
 */
const OPENING_ADVERBS = new Set(
  ('nun schon bereits dabei damit danach dann darauf daraufhin heute gestern morgen zuletzt unterdessen demnach anschließend ' +
    'allerdings später zudem außerdem inzwischen seither seitdem deshalb daher trotzdem dennoch jetzt damals kürzlich bald').split(' '),
);
const CLAUSE_JOINS = new Set(['und', 'aber', 'denn', 'oder']);
const DAYS = new Set('montag dienstag mittwoch donnerstag freitag samstag sonntag'.split(' '));

/**
 * The lowercase word `i - 1` is a finite verb: the word before it is a subject pronoun or an
 * adverb (or `am`/`an` and a weekday) that opens its sentence, or `und` after such a verb.
 */
export function verbBefore(toks: TokenTable, i: number, lower: (k: number) => string): boolean {
  const k = i - 2;
  const word = lower(k);
  const opens = (j: number) => j === 0 || toks.sentence[j - 1] !== toks.sentence[j];
  // The pronoun before its verb, opening the sentence or a main clause joined by `und`/`aber`: after
  // the verb it is no subject of the next word (`zog es hunderte Wiener …`).
  if (SUBJECT_PRONOUNS.has(word)) return opens(k) || (k >= 1 && toks.sentence[k - 1] === toks.sentence[k] && CLAUSE_JOINS.has(lower(k - 1)));
  if (OPENING_ADVERBS.has(word)) return opens(k);
  // A second verb of the same subject after `und` (`Sie kamen und trafen …`): the word before `und`
  // is itself a verb by the rules above. `und` between two adjectives (`die alte und neue …`) has
  // an article before them, no pronoun or adverb opening the sentence.
  if (word === 'und') return k >= 2 && toks.sentence[k - 1] === toks.sentence[k] && toks.joined(k) && toks.joined(k - 1) && /^\p{Ll}/u.test(toks.w(k - 1)) && verbBefore(toks, k, lower);
  return DAYS.has(word) && k >= 1 && opens(k - 1) && toks.joined(k) && (lower(k - 1) === 'am' || lower(k - 1) === 'an');
}
