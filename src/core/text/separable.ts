/**
 * Separable verbs split in a main clause: the finite verb stands second and its particle at the
 * clause's end (`Das Flugzeug stürzte am Dienstag in Brasilien ab`). Joined again, the verb has
 * the root its participle and its noun have (`abgestürzt`, `Absturz` → `absturz`), so a sentence
 * that tells it in the past tense meets one that tells it in the perfect.
 */
import { isLetterOrDigitCode, isUpperCode } from './chars';
import { ruleRoot, wordRoot } from './roots';
import { SEPARABLE_PARTICLES, SEPARABLE_VERB_KEYS } from './separable-lexicon';
import { analyzeWord } from './words';
import { foldWord } from './fold';

/** Conjunctions that join two main clauses (`stürzte ab und brannte aus`): a clause ends before them. */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['und', 'oder', 'aber', 'sondern', 'denn', 'doch']);
/** Marks that end a clause between two words: `,` `;` `:` brackets, quotes and dashes (a hyphen only between spaces). */
const CLAUSE_MARKS: ReadonlySet<number> = new Set([...',;:()[]"«»„“”‚‘’–—'].map((c) => c.charCodeAt(0)));
/** The finite verb is looked for among this many words before the particle (bounded work per clause). */
const CLAUSE_WORDS = 20;
/** No particle or conjunction is longer (`zusammen`, `auseinander`, `hintenuber`): longer words are not folded to check. */
const PARTICLE_MAX = 12;

/**
 * The roots of the separable verbs whose particle ends a clause of `text[from, to)`: the particle
 * folded + the root of the first lower-case word before it in the clause with which it makes a
 * verb of the lexicon (`stürzte … ab` → `absturz`, `griff … an` → `angreif`). A preposition
 * (`ab Montag`, `an der Grenze`) does not end its clause; two particles joined by `und` (`ab und
 * zu`, `hin und her`) are an adverb, not a verb's. Most clauses end in no particle: only their
 * last word is folded.
 */
export function separableVerbs(text: string, from = 0, to = text.length): string[] {
  const starts: number[] = [];
  const ends: number[] = [];
  const out: string[] = [];
  const particle = (s: number, e: number): string | null => {
    if (e - s > PARTICLE_MAX || isUpperCode(text.charCodeAt(s))) return null;
    const f = foldWord(text.slice(s, e));
    return SEPARABLE_PARTICLES.has(f) ? f : null;
  };
  const close = (clause: number, endAt: number) => {
    // The clause is words [clause, endAt): does a particle end it?
    const last = endAt - 1;
    if (last - clause < 1) return;
    const p = particle(starts[last]!, ends[last]!);
    if (!p) return;
    for (let k = Math.max(clause, last - CLAUSE_WORDS); k < last; k++) {
      if (isUpperCode(text.charCodeAt(starts[k]!))) continue;
      const raw = text.slice(starts[k]!, ends[k]!);
      const [folded, stem] = analyzeWord(raw);
      const key = p + wordRoot(raw, folded, stem);
      if (SEPARABLE_VERB_KEYS.has(key)) {
        out.push(key);
        return;
      }
    }
  };
  let clause = 0; // index of the clause's first word
  let pendingConj = -1; // a clause closed by a conjunction waits for the next word (`ab und zu`)
  let i = from;
  while (i < to) {
    let marked = false;
    for (; i < to; i++) {
      const c = text.charCodeAt(i);
      if (isLetterOrDigitCode(c)) break;
      if (CLAUSE_MARKS.has(c) || (c === 45 && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32)) marked = true;
    }
    if (i >= to) break;
    const s = i;
    while (i < to && isLetterOrDigitCode(text.charCodeAt(i))) i++;
    const n = starts.length;
    if (pendingConj >= 0) {
      // `ab und zu`: the clause goes on.
      if (particle(s, i) === null) {
        close(clause, pendingConj);
        clause = n;
      }
      pendingConj = -1;
    }
    if (marked && n > clause) {
      close(clause, n);
      clause = n;
    }
    if (n > clause && i - s <= 7 && CONJUNCTIONS.has(text.slice(s, i))) {
      pendingConj = n;
      continue;
    }
    starts.push(s);
    ends.push(i);
  }
  close(clause, pendingConj >= 0 ? pendingConj : starts.length);
  return out;
}
