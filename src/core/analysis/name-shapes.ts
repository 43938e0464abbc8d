/**
 * Shapes of names the name finder (`entities.ts`) reads beyond "capitalised words": a surname
 * with lowercase particles (`Ursula von der Leyen`, `Thomas de Maizière`, `Mohammed bin
 * Salman`) and an East Asian name written surname first (`Lee Jae-myung`, `Yoon Suk Yeol`).
 */
import { isSurnameFirst, isSyllablePair } from '../text/name-order';
import { countryNames } from './country-names';
import { tokenAt, type Tok } from './entity-tokens';
import { GERMAN_PARTICLE, SURNAME_PARTICLE, SURNAME_PARTICLE_SECOND } from './entity-words';

/** What the shapes ask of one article's tokens (the name finder's own per-token answers). */
export interface ShapeContext {
  toks: Tok[];
  taken: Uint8Array;
  /** A frequent German word (below `rank` in the frequency list). */
  isCommon: (i: number, rank: number) => boolean;
  nameLike: (i: number) => boolean;
  isGivenWord: (w: string) => boolean;
}

/**
 * Word `j` may open a surname's particles (`von`, `de`, `bin`: lowercase, or first of its
 * sentence, joined to the word before): what `particlesAt` asks first. It reads the word
 * alone, so the name finder asks it before the costlier given-name test of the word before.
 */
export function isParticleAt(toks: readonly Tok[], j: number): boolean {
  const a = tokenAt(toks, j);
  return !!a && (a.joined || a.initial) && (a.w === a.lower || a.initial) && SURNAME_PARTICLE.has(a.lower);
}

/** The shape tests over one article's tokens. */
export function nameShapes({ toks, taken, isCommon, nameLike, isGivenWord }: ShapeContext) {
  /**
   * An East Asian name from `i`, surname first (`Lee Jae-myung`, `Lee Yae Myung`): how many
   * words, or 0. Such a surname may be a word the frequency list holds (`Lee`, `Park`, `Han`).
   */
  const surnameFirstAt = (i: number): number => {
    const a = tokenAt(toks, i), b = tokenAt(toks, i + 1);
    if (!a || !b || !b.joined || b.sentence !== a.sentence) return 0;
    if (isSyllablePair(b.w)) return isSurnameFirst([a.w, b.w], isGivenWord) ? 2 : 0;
    const c = tokenAt(toks, i + 2);
    if (!c || !c.joined || c.sentence !== a.sentence || isCommon(i + 1, Infinity) || isCommon(i + 2, Infinity)) return 0;
    return isSurnameFirst([a.w, b.w, c.w], isGivenWord) ? 3 : 0;
  };
  /** A word of the given name after such a surname (`Myung` may end like a German noun). */
  const givenAfterSurname = (i: number) => (i > 0 && surnameFirstAt(i - 1) > 0) || (i > 1 && surnameFirstAt(i - 2) === 3);
  /**
   * A surname's particles from `j` on and the surname after them (`von der Leyen`, `de
   * Maizière`): how many particle words, or 0. `opening`: no given name before them, where a
   * lone German preposition is no particle (`Bürgermeister von Kiew`).
   */
  const particlesAt = (j: number, opening: boolean): number => {
    if (!isParticleAt(toks, j)) return 0;
    const a = toks[j]!;
    const b = tokenAt(toks, j + 1);
    const n = b && b.joined && b.w === b.lower && SURNAME_PARTICLE_SECOND.has(b.lower) ? 2 : 1;
    // `van den Berg`, but `von den Demokraten` is a preposition and an article.
    if (n === 2 && b!.lower === 'den' && a.lower !== 'van') return 0;
    if (opening && n === 1 && GERMAN_PARTICLE.has(a.lower)) return 0;
    const s = tokenAt(toks, j + n);
    if (!s || !s.joined || s.sentence !== a.sentence || !s.cap || !nameLike(j + n) || countryNames().has(s.lower)) return 0;
    return n;
  };
  /** Where a surname's particles before `i` begin (`von der` before `Leyen`), or `i`. */
  const particlesBefore = (i: number): number => {
    for (const n of [2, 1]) if (i - n >= 0 && !taken[i - n] && particlesAt(i - n, false) === n) return i - n;
    return i;
  };
  return { surnameFirstAt, givenAfterSurname, particlesAt, particlesBefore };
}
