/**
 * A capitalised word that heads a noun phrase of its own before a name-shaped word: an article (or
 * a preposition) and two or three lowercase words, the last a declined adjective, before it (`das
 * zweitgrößte deutsche Glasfasernetz Versatel`, `Das weltweit meistverwendete Herbizid Glyphosat`).
 * The word is a noun — what the named thing is — not a given name; a person's name after an
 * adjective has a given name first (`die junge Anna Berger`), or a role the role cues read first
 * (`der frühere französische Präsident …`). One adjective right after the article is
 * `NameFinder.afterAdjective`'s case.
 */
import { DETERMINERS, FUNCTION_WORDS } from './entity-words';
import type { TokenTable } from './token-table';

const DECLINED = /^\p{Ll}+(?:e|en|er|es|em)$/u;
/** Lowercase words between the article and the head at most (`weltweit meistverwendete`, `zweitgrößte deutsche`). */
const MAX_BETWEEN = 3;

/** Whether word `i` (no given name of any list: the caller asks) heads a noun phrase opened two or three words before it. */
export function headsAdjectivePhrase(toks: TokenTable, i: number, lower: (k: number) => string): boolean {
  if (i < 3 || !toks.joined(i) || !DECLINED.test(toks.w(i - 1))) return false;
  for (let k = i - 2; k >= i - 1 - MAX_BETWEEN && k >= 0; k--) {
    if (!toks.joined(k + 1)) return false;
    const l = lower(k);
    if (DETERMINERS.has(l) || FUNCTION_WORDS.has(l)) return k < i - 2;
    if (toks.cap(k)) return false;
  }
  return false;
}
