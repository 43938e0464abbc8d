/**
 * Chinese and Korean names romanised by different systems: pinyin (`Li Qiang`, `Lai Qingde`), Wade–
 * Giles (`Lai Ching-te`), older German transcription (`Li Tschiang`, `Xi Dschinping`) and
 * McCune–Reischauer (`Kim Chong Un` for `Kim Jong Un`) write one affricate as `q`, `ch`, `j`, `zh`,
 * `tsch` or `dsch`, and Wade–Giles writes `t`, `k`, `p` where pinyin writes `d`, `g`, `b`. The
 * name skeleton reads `ch` as the German `ch` and `q` as `k`, so these never meet there.
 */

/** Given-name letters under this in the reading are too short to tell two names apart (`Qing`/`Jing`). */
const MIN_READING = 5;

/** A short first word: a Chinese or Korean surname (`Li`, `Lai`, `Kim`, `Wang`). */
const SHORT_SURNAME = /^\p{Lu}\p{Ll}{1,3}$/u;

/**
 * A whole name's reading across those systems: its surname as written (folded), then its given
 * name's letters joined with each affricate one letter and voiced and voiceless stops one;
 * null for a name whose first word is no short surname, or is a given name (`isGivenName`:
 * `Jan Schmidt`), or whose given name is too short to read so or holds no affricate.
 */
export function sinoReading(name: string, isGivenName: (word: string) => boolean): string | null {
  // Most names are no such: their first word is longer (asked of every person's name).
  const space = name.indexOf(' ');
  if (space < 2 || space > 4) return null;
  const w = name.split(' ');
  // A digit is a slip of the bench's scaling, no name of another system.
  if (w.length < 2 || w.length > 3 || !SHORT_SURNAME.test(w[0]!) || isGivenName(w[0]!) || /\d/.test(name)) return null;
  const given = fold(w.slice(1).join(''))
    .replace(/[^a-z]/g, '')
    .replace(/tsch|dsch|tch|zh|ch|q|j/g, 'C')
    .replace(/sch|hs|sh|x/g, 'S')
    .replace(/[td]/g, 'd')
    .replace(/[kg]/g, 'g')
    .replace(/[pb]/g, 'b');
  // Without an affricate the systems agree but for `t`/`d`, `k`/`g`, `p`/`b`, which alone tell
  // two western names apart as well (`Kat Gordon`, `Kat Kordon`).
  return given.length < MIN_READING || !given.includes('C') ? null : `%${fold(w[0]!)} ${given}`;
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
