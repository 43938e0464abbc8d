/**
 * One given name's female and male forms (`Paul`/`Paula`, `Maria`/`Mario`, `Daniel`/`Daniela`,
 * `Jewgenij`/`Jewgenija`, `Stefan`/`Stefanie`) are two people's names,
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
 * ending of the female form, as judged on 8,088 given names of one sex (`eval/compare/README.md`,
 * fifty-third pass):
 * - `-a` for the male bare stem ending in a consonant but `j` (`Paula`, `Jana`, `Daniela`, `Oleksandra`),
 *   or in a Slavic `-ij`, `-iy`, `-ii` (`Jewgenija`/`Jewgenij`, `Yevgenia`/`Yevgeniy`);
 * - `-a` for `-o` (`Maria`/`Mario`, `Paola`/`Paolo`, `Francesca`/`Francesco`), `-ra` for `-er`
 *   (`Alexandra`/`Alexander`, `Petra`/`Peter`);
 * - `-ie` for the male name ending in `n` or `l` (`Stefanie`/`Stefan`, `Emilie`/`Emil`).
 * Not a bare `-e` (`Simone`, but `Marwane`, `Hassane`, `Émile` are men's names in French copy),
 * an `-a` against `-s` (`Andrea`/`Andreas`, but `Ines`/`Inesa`, `Tomas`/`Toma`) or against a
 * vowel (`Lucia`/`Luci`, `Katia`/`Kati`): each as often one sex's two forms as two sexes'.
 */
function isFemaleOf(wf: string, sf: string, wm: string, sm: string): boolean {
  if (wf.endsWith('a') && !wm.endsWith('a') && sf.endsWith('a')) {
    const stem = sf.slice(0, -1);
    if (sm === stem) return /[^aeiouyj]$/.test(wm) || /i[ijy]$/.test(wm);
    return sm === `${stem}o` || (sf.endsWith('ra') && sm === `${sf.slice(0, -2)}er`);
  }
  return /[nl]$/.test(wm) && wf === `${wm}ie`;
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
