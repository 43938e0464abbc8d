/**
 * Shapes of names the name finder (`entities.ts`) reads beyond "capitalised words": a surname
 * with lowercase particles (`Ursula von der Leyen`, `Thomas de Maizière`, `Mohammed bin
 * Salman`) and an East Asian name written surname first (`Lee Jae-myung`, `Yoon Suk Yeol`).
 */
import { isEastAsianSurname, isRomanisedSyllable, isSurnameFirst, isSyllablePair } from '../text/name-order';
import { countryNames } from './country-names';
import type { TokenTable } from './token-table';
import { isGivenWord } from './given-names';
import { FUNCTION_WORDS, GERMAN_PARTICLE, SURNAME_PARTICLE, SURNAME_PARTICLE_SECOND } from './entity-words';

/** What the shapes ask of one article's tokens (the name finder's own per-token answers). */
export interface ShapeContext {
  readonly toks: TokenTable;
  readonly taken: Uint8Array;
  /** A frequent German word (below `rank` in the frequency list). */
  isCommon(i: number, rank: number): boolean;
  nameLike(i: number): boolean;
}

/**
 * Word `j` may open a surname's particles (`von`, `de`, `bin`: lowercase, or first of its
 * sentence, joined to the word before): what `particlesAt` asks first. It reads the word
 * alone, so the name finder asks it before the costlier given-name test of the word before.
 */
export function isParticleAt(toks: TokenTable, j: number, afterGiven = false): boolean {
  return toks.has(j) && (toks.joined(j) || toks.initial(j)) && (toks.w(j) === toks.lower(j) || toks.initial(j) || (afterGiven && CAPITAL_PARTICLE.has(toks.w(j)))) && SURNAME_PARTICLE.has(toks.lower(j));
}

/**
 * Particles a surname also writes capitalised (`Andre De Grasse`, `Kevin De Bruyne`, `Frans Van
 * Der Graaf`), read so only right after a given name: none is a German word a capital could begin
 * mid-sentence (not `Von`, `Zu`, `Da`, `Du`; not `Di`, Tuesday's abbreviation).
 */
const CAPITAL_PARTICLE = new Set(['De', 'Van', 'Del', 'Della', 'Dos', 'Ter', 'Ten']);
const CAPITAL_SECOND = new Set(['Der', 'Den', 'La', 'Le']);

/**
 * An East Asian name from `i`, surname first (`Lee Jae-myung`, `Lee Yae Myung`): how many
 * words, or 0. Such a surname may be a word the frequency list holds (`Lee`, `Park`, `Han`).
 */
export function surnameFirstAt(ctx: ShapeContext, i: number): number {
  const toks = ctx.toks;
  // A surname of five letters at most (`isSurnameFirst`): most words fail here, before any is cut from the text.
  if (!toks.has(i) || toks.end[i]! - toks.start[i]! > 5 || !toks.has(i + 1) || !toks.joined(i + 1) || toks.sentence[i + 1] !== toks.sentence[i]) return 0;
  if (isSyllablePair(toks.w(i + 1), isEastAsianSurname(toks.w(i)))) return isSurnameFirst([toks.w(i), toks.w(i + 1)], isGivenWord, true) ? 2 : 0;
  if (!toks.has(i + 2) || !toks.joined(i + 2) || toks.sentence[i + 2] !== toks.sentence[i] || givenCommonWord(ctx, i, i + 1) || givenCommonWord(ctx, i, i + 2)) return 0;
  return isSurnameFirst([toks.w(i), toks.w(i + 1), toks.w(i + 2)], isGivenWord, true) ? 3 : 0;
}

/**
 * Word `k` of a given name after the surname at `i` is a frequent word that makes the name no
 * East Asian one: any frequent word, but after a known East Asian surname a romanised syllable
 * (`Kim Jong Un`, `Moon Jae In`, `Chang Song Thaek`; the last one's genitive too, `Kim Jong Uns`).
 */
function givenCommonWord(ctx: ShapeContext, i: number, k: number): boolean {
  if (!ctx.isCommon(k, Infinity)) return false;
  const w = ctx.toks.w(k);
  return !isEastAsianSurname(ctx.toks.w(i)) || !isRomanisedSyllable(k === i + 2 ? w.replace(/s$/, '') : w);
}

/** The longest word of a given name after an East Asian surname (`Shui-bian`, `Ching-kuo`: a syllable pair). */
const MAX_GIVEN_SYLLABLES = 11;

/**
 * Word `i` (`lower` its lowercase) opens an East Asian name surname first or is a word of its given
 * name: name-like however it reads in German (`Chen` ends like a noun; `Un`, `Jung`, `In` are
 * frequent words: `Chen Shui-bian`, `Moon Jae In`). The name finder asks it last, of the words
 * its other tests refuse.
 */
export function inEastAsianName(ctx: ShapeContext, i: number, lower: string): boolean {
  return (!FUNCTION_WORDS.has(lower) && surnameFirstAt(ctx, i) > 0) || (lower.length <= MAX_GIVEN_SYLLABLES && givenAfterSurname(ctx, i));
}

/** A word of the given name after such a surname (`Myung` may end like a German noun). */
export function givenAfterSurname(ctx: ShapeContext, i: number): boolean {
  return (i > 0 && surnameFirstAt(ctx, i - 1) > 0) || (i > 1 && surnameFirstAt(ctx, i - 2) === 3);
}

/**
 * A surname's particles from `j` on and the surname after them (`von der Leyen`, `de
 * Maizière`): how many particle words, or 0. `opening`: no given name before them, where a
 * lone German preposition is no particle (`Bürgermeister von Kiew`). `afterGiven`: a given name
 * goes before, so a capitalised particle counts too (`CAPITAL_PARTICLE`).
 */
export function particlesAt(ctx: ShapeContext, j: number, opening: boolean, afterGiven = false): number {
  const toks = ctx.toks;
  if (!isParticleAt(toks, j, afterGiven)) return 0;
  const b = j + 1;
  const second = toks.w(b) === toks.lower(b) || (afterGiven && toks.w(j) !== toks.lower(j) && CAPITAL_SECOND.has(toks.w(b)));
  const n = toks.has(b) && toks.joined(b) && second && SURNAME_PARTICLE_SECOND.has(toks.lower(b)) ? 2 : 1;
  // `van den Berg`, but `von den Demokraten` is a preposition and an article.
  if (n === 2 && toks.lower(b) === 'den' && toks.lower(j) !== 'van') return 0;
  if (opening && n === 1 && GERMAN_PARTICLE.has(toks.lower(j))) return 0;
  const s = j + n;
  if (!toks.has(s) || !toks.joined(s) || toks.sentence[s] !== toks.sentence[j] || !toks.cap(s) || !ctx.nameLike(s) || countryNames().has(toks.lower(s))) return 0;
  return n;
}

/**
 * Where a surname's particles before `i` begin (`von der` before `Leyen`), or `i`. `whole`: the
 * person's whole name, whose particles as written there count however they are capitalised here
 * (`Van der Bellen sagte` of `Alexander Van der Bellen`).
 */
export function particlesBefore(ctx: ShapeContext, i: number, whole = ''): number {
  for (let n = 2; n >= 1; n--) if (i - n >= 0 && !ctx.taken[i - n] && particlesAt(ctx, i - n, false) === n) return i - n;
  const words = whole.split(' ');
  for (let n = 2; n >= 1; n--) {
    if (i - n < 0 || words.length < n + 2) continue;
    const own = words.slice(-n - 1, -1);
    const toks = ctx.toks;
    let same = SURNAME_PARTICLE.has(own[0]!.toLowerCase());
    for (let k = 0; k < n && same; k++) same = !ctx.taken[i - n + k] && toks.w(i - n + k) === own[k] && (toks.joined(i - n + k + 1));
    if (same) return i - n;
  }
  return i;
}
