/**
 * One given name's female and male forms (`Paul`/`Paula`, `Maria`/`Mario`, `Daniel`/`Daniela`,
 * `Alexander`/`Alexandra`, `Jewgeni`/`Jewgenija`, `Stefan`/`Stefanie`) are two people's names,
 * though the rendering-tolerant comparison of given names (a vowel more or less, an ending) reads
 * them as one: siblings, spouses, a parent and a child share a surname and stand in one report.
 * Judged by the ending, not a list of names, so it carries to any language that marks a woman's
 * name so (German, Romance, Slavic given names); renderings of one name keep their gender's
 * ending across systems (`Julija`/`Yulia`, `Ilja`/`Ilya`, `Sergej`/`Sergey`, `Hamza`/`Hamzah`).
 */
import { foldText } from './fold';

/** Letters a-z of a written given name, folded (`Jewgenija` → `jewgenija`). */
function letters(word: string): string {
  return foldText(word).replace(/[^a-z]/g, '');
}

/**
 * Whether `f` (written `wf`, skeleton `sf`) is the female form of `m` (`wm`, `sm`), by the
 * ending of the female form:
 * - `-a` for the male bare stem (`Paula`, `Jana`, `Oleksandra`; a Slavic `-ija`/`-ia` for `-i`,
 *   `-ij`, `-y`: `Jewgenija`, `Yevgenia`), but not for a written `-e` (`Marie`/`Maria`,
 *   `Natalie`/`Natalia` are one woman's name in two languages);
 * - `-a` for `-o`, `-us`, `-s` (`Maria`/`Mario`/`Marius`, `Paola`/`Paolo`, `Andrea`/`Andreas`);
 * - `-ra` for `-er` (`Alexandra`/`Alexander`), `-ia` for a consonant (`Viktoria`, `Antonia`, `Georgia`);
 * - a written `-e`, `-ie`, `-ine`, `-le` after `n`, `l`, `s`, `r` (`Simone`, `Stefanie`,
 *   `Pauline`, `Danielle`, `Louise`): German and French women's names (not `Philippe`/`Philipp`).
 */
function isFemaleOf(wf: string, sf: string, wm: string, sm: string): boolean {
  if (wf.endsWith('a') && !wm.endsWith('a') && sf.endsWith('a')) {
    const stem = sf.slice(0, -1);
    if (sm === stem) return !wm.endsWith('e');
    if (sm === `${stem}o` || sm === `${stem}us` || sm === `${sf}s`) return true;
    if (sf.endsWith('ra') && sm === `${sf.slice(0, -2)}er`) return true;
    if (sf.endsWith('ia') && /[^aeiou]$/.test(sm) && sm === sf.slice(0, -2)) return true;
    return false;
  }
  if (!/[nlsr]$/.test(wm)) return false;
  return wf === `${wm}e` || wf === `${wm}ie` || wf === `${wm}ine` || wf === `${wm}le`;
}

/**
 * Whether two given names (written `a`, `b`; skeletons `sa`, `sb` of `nameSkeleton`) are one
 * name's female and male forms, in either order: two people, never renderings of one.
 */
export function isGenderedGivenPair(a: string, sa: string, b: string, sb: string): boolean {
  const wa = letters(a), wb = letters(b);
  if (!wa || !wb || wa === wb) return false;
  return isFemaleOf(wa, sa, wb, sb) || isFemaleOf(wb, sb, wa, sa);
}

/**
 * Whether a given name ends as a woman's form may (`-a`, by its skeleton `skel`; a written `-e`
 * after `n`, `l`, `s`, `r`, or `-ie` after `n`, `l`: `Simone`, `Stefanie`; not the Hebrew `Arie`): a loose key of given names keeps this mark, so
 * a woman's name and the man's never share one (`Paula`/`Paul`, `Stefanie`/`Stefan`). Renderings
 * of one name keep their ending (`Ilja`/`Ilya`, `Julija`/`Yulia`), so they share the mark too.
 */
export function hasFemaleEnding(word: string, skel: string): boolean {
  return (skel.length > 1 && skel.endsWith('a')) || /(?:[nlsr]e|[nl]ie)$/.test(letters(word));
}
