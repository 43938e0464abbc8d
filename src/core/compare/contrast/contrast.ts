/**
 * Two claims of one story or one fact: whether two candidate sentences' shapes (`shape.ts`)
 * differ in a way that tells another act of the same kind — a denial on one side, another mood
 * (a question, a possibility, a plan against an act done), other weekdays, background (an
 * earlier year) against news, other people — and, beside an act the pair shares in other words
 * (`!die`, `text/act-concepts.ts`), the pair model's feature `actContrast` (`align-pair.ts`).
 * Sentences that share an act in other words mostly state two claims (in a report of a death
 * most sentences tell it); with such a difference beside it, they are another person's death,
 * another day's attack, the death to come. The same flags alone, as features of their own, did
 * not separate (eighteenth pass of `eval/compare`): a denial or a plan in a sentence is as common
 * among pairs of one fact sharing their own words.
 */
import { apart } from './clock';
import { moodsDiffer } from './mood';
import { peopleApart } from './people';
import type { ClaimShape } from './shape';
import type { Vector } from '../features';

/** The ways two claims may differ that tell another act. */
export type ContrastKind = 'negation' | 'mood' | 'weekday' | 'background' | 'people';

/** The pair model's contrast features, in row order. */
export const CONTRAST_FEATURES = ['actContrast'] as const;

/** The ways two sentences' shapes differ (see the module comment), none when they agree or one side says nothing of it. */
export function contrastKinds(a: ClaimShape, b: ClaimShape, va: Vector, vb: Vector): ContrastKind[] {
  const out: ContrastKind[] = [];
  if ((a.negation === null) !== (b.negation === null)) out.push('negation');
  if (moodsDiffer(a.mood?.mood ?? null, b.mood?.mood ?? null)) out.push('mood');
  if (apart(a.weekdays, b.weekdays)) out.push('weekday');
  if ((a.earlier === null) !== (b.earlier === null)) out.push('background');
  if (peopleApart(va, vb) > 0) out.push('people');
  return out;
}

/** The row's contrast features: an act shared in other words (`acts`, `PairStats`) while the claims differ. */
export function contrastFeatures(differ: boolean, acts: number): number[] {
  return [acts > 0 && differ ? 1 : 0];
}
