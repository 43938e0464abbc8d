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
/** A longer one of one romanised syllable: an initial, vowels, `n` or `ng` (`Chiang`, `Tseng`, `Hsiao`, `Zhang`, `Huang`). */
const SYLLABLE_SURNAME = /^(?:Ch|Zh|Sh|Hs|Ts|Tz|[BCDFGHJKLMNPQRSTWXYZ])[aeiou]{1,3}(?:ng|n)?$/;

/**
 * A whole name's reading across those systems: its surname's and its given name's letters (joined)
 * as the systems read alike (`read`);
 * null for a name whose first word is no short surname, or is a given name (`isGivenName`:
 * `Jan Schmidt`), or whose given name is too short to read so, or that holds no affricate or sibilant.
 */
export function sinoReading(name: string, isGivenName: (word: string) => boolean): string | null {
  // Most names are no such: their first word is longer (asked of every person's name).
  const space = name.indexOf(' ');
  if (space < 2 || space > 6) return null;
  const w = name.split(' ');
  // A digit is a slip of the bench's scaling, no name of another system.
  if (w.length < 2 || w.length > 3 || !(space > 4 ? SYLLABLE_SURNAME : SHORT_SURNAME).test(w[0]!) || isGivenName(w[0]!) || /\d/.test(name)) return null;
  const given = read(w.slice(1).join('')), sur = read(w[0]!);
  // Without an affricate or sibilant the systems agree but for `t`/`d`, `k`/`g`, `p`/`b`, which alone
  // tell two western names apart as well (`Kat Gordon`, `Kat Kordon`).
  return given.length < MIN_READING || !/[CZ]/.test(sur + given) ? null : `%${sur} ${given}`;
}

/**
 * Letters as the systems read alike: the affricates one letter (`q`, `ch`, `j`, `zh`, `tsch`,
 * `dsch`), Wade–Giles `hs` the pinyin `x`, its `ts`/`tz` the pinyin `z`/`c` (`Tsai`/`Cai`,
 * `Tse-tung`/`Zedong`), its `-ung` the pinyin `-ong`, the `y` pinyin writes before an initial `i`
 * (`Ing-wen`/`Yingwen`), and voiced and voiceless stops one.
 */
function read(word: string): string {
  return fold(word)
    .replace(/[^a-z]/g, '')
    .replace(/tsch|dsch|tch|zh|ch|q|j/g, 'C')
    .replace(/sch|hs|sh|x/g, 'S')
    .replace(/ts|tz|c|z/g, 'Z')
    .replace(/ung/g, 'ong')
    .replace(/y(?=i)/g, '')
    .replace(/[td]/g, 'd')
    .replace(/[kg]/g, 'g')
    .replace(/[pb]/g, 'b');
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * Korean surnames in their romanisations (Revised, McCune–Reischauer, the bearers' own), each
 * onto one: `Lee`/`Yi`/`Rhee`, `Park`/`Pak`, `Roh`/`No`. Only surnames no pinyin name begins with
 * (not `Han`, `Song`, `Yang`, `Li`), so a Chinese name keeps its own reading.
 */
const KOREAN_SURNAMES: Record<string, string> = Object.fromEntries(
  ['kim gim', 'lee yi rhee rhie', 'park pak bak', 'choi choe chey', 'jung jeong chung cheong', 'kang gang', 'cho jo', 'yoon yun', 'jang', 'lim im rim', 'oh', 'seo suh', 'shin', 'kwon gwon', 'hwang', 'ahn', 'jeon chun chon', 'moon mun', 'roh noh no', 'ban', 'choo', 'yoo', 'baek paek', 'heo hur huh', 'kwak gwak', 'sohn']
    .flatMap((line) => line.split(' ').map((w, _i, all) => [w, all[0]!])),
);

/**
 * A Korean name's reading across romanisations: the surname's (`KOREAN_SURNAMES`), then the given
 * name's letters joined with `ŏ`/`eo`/`eu`/`o`/`oo`/`u` one vowel (`Myung`/`Myeong`, `Un`/`Eun`,
 * `Moo`/`Mu`), `ee`/`ui`/`i` one, and voiced and voiceless stops and `ch`/`j` one (`Geun`/`Kun`,
 * `Duck`/`Deok`); null for a name of another surname, or whose given name is not written as two
 * syllables (`Jae-myung`, `Jong Un`) or is too short to read so.
 */
export function koreanReading(name: string): string | null {
  const w = name.split(' ');
  if (w.length < 2 || w.length > 3) return null;
  const sur = KOREAN_SURNAMES[fold(w[0]!)];
  if (!sur || (w.length === 2 && !w[1]!.includes('-'))) return null;
  const given = fold(w.slice(1).join(''))
    .replace(/[^a-z]/g, '')
    .replace(/ch|j/g, 'C')
    .replace(/ck|k|g/g, 'g')
    .replace(/[td]/g, 'd')
    .replace(/[pb]/g, 'b')
    .replace(/eo|eu|oo|ou|o/g, 'u')
    .replace(/ee|ui/g, 'i')
    .replace(/(.)\1+/g, '$1');
  return given.length < MIN_READING - 1 ? null : `%k${sur} ${given}`;
}

/** A Chinese or Korean name's reading across romanisations (`sinoReading`, `koreanReading`), or null. */
export function eastAsianReading(name: string, isGivenName: (word: string) => boolean): string | null {
  return koreanReading(name) ?? sinoReading(name, isGivenName);
}
