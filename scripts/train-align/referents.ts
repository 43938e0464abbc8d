/**
 * The person a pronoun speaks of, lent to the sentence that names nobody.
 *
 * Reports tell one fact in one sentence or spread it over two: `Mittlerweile wurde er entlassen.`
 * after a sentence that names Trump, against another report's `Trump wurde aus dem Krankenhaus
 * entlassen`. Read alone, the first shares one word with the second and is never a candidate
 * (`MIN_SHARED`); a reader joins them at once. So a sentence that names no person but speaks of
 * one by a third-person pronoun (`er`, `sie`, `sein`, `ihr`, …) is lent the people of the nearest
 * sentence before it that names one (at most `LOOK_BACK` sentences back), at a share of their
 * weight there. What is lent is in `lent` (`features.ts`): two sentences that both have a person
 * only this way share nothing by it. No parse and no gender: a pronoun after a sentence naming
 * two people is lent both, and the pair model weighs what that is worth. Not used by `compare`
 * yet: `npm run train:align -- --referents` measures it out of fold (`eval/compare`, fifty-ninth
 * pass), and the pair model must be refitted on its rows before it ships.
 */
import type { AnalyzedSentence } from '../../src/core/analysis/analyze';
import type { Vector } from '../../src/core/compare/features';

/**
 * A third-person pronoun that points at a person: subject, object or possessive. `sie`/`ihr`
 * may be a plural; `es` and `man` never are a person.
 */
const PRONOUN = /(?<![\p{L}\p{N}])(?:er|ihm|ihn|sein(?:e[mnrs]?)?|sie|ihr(?:e[mnrs]?)?)(?![\p{L}\p{N}])/iu;
/** How far back the person is looked for: a pronoun refers to someone named just before. */
const LOOK_BACK = 2;
/**
 * The share of the person's weight in the sentence that names them: a pronoun is a weaker cue
 * than the name (it may point at another person of the sentence, or at a group).
 */
export const REFERENT_WEIGHT = 0.5;

/** Lends each sentence of one report that names no person but has a pronoun the people named just before it; returns the same vectors. */
export function withReferents(vectors: Vector[], sentences: readonly AnalyzedSentence[], text: string): Vector[] {
  vectors.forEach((v, k) => {
    if (v.persons?.size) return;
    const s = sentences[k]!;
    if (!PRONOUN.test(text.slice(s.start, s.end))) return;
    for (let back = 1; back <= LOOK_BACK && k - back >= 0; back++) {
      const prev = vectors[k - back]!;
      if (!prev.persons?.size) continue;
      for (const key of prev.persons) {
        if (v.has(key) || prev.lent?.has(key)) continue;
        v.set(key, prev.get(key)! * REFERENT_WEIGHT);
        (v.lent ??= new Set()).add(key);
      }
      return;
    }
  });
  return vectors;
}
