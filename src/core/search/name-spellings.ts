/**
 * Search by entity: a plain query word that is one spelling of a person's name also finds the
 * reports with the other spellings (`Dmitriew` finds `Dmitrijew` and `Dmitriev`). The word
 * becomes `(Dmitriew OR Dmitrijew OR Dmitriev)` in the query tree; the caller ranks the reports
 * with the spelling as typed first and says which spellings were added.
 */
import { tokenize } from '../text/words';
import type { ParsedQuery, QueryNode, QueryWord } from './query-parser';

/** The other spellings of a typed word when it names a person with several, else null. */
export type NameSpellings = (word: string) => string[] | null;

/** What a query's names added: per typed word, the spellings searched besides it. */
export interface AddedSpellings {
  word: string;
  spellings: string[];
}

function queryWord(text: string): QueryWord | null {
  const t = tokenize(text)[0];
  return t ? { text, folded: t.folded, stem: t.stem } : null;
}

/**
 * The query with each positive plain word that is a spelling of a name widened to all its
 * spellings; `added` is empty when nothing was widened (then `parsed` is returned as it was).
 */
export function widenNames(parsed: ParsedQuery, spellingsOf: NameSpellings): { parsed: ParsedQuery; added: AddedSpellings[] } {
  const added: AddedSpellings[] = [];
  const walk = (n: QueryNode): QueryNode => {
    switch (n.type) {
      case 'term': {
        const others = spellingsOf(n.word.text);
        const words = (others ?? []).map(queryWord).filter((w): w is QueryWord => w !== null && w.folded !== n.word.folded);
        if (words.length === 0) return n;
        added.push({ word: n.word.text, spellings: words.map((w) => w.text) });
        return { type: 'or', children: [n, ...words.map((word) => ({ type: 'term' as const, word }))] };
      }
      // `al-Golani` is read as a phrase of two words.
      case 'phrase': {
        const others = spellingsOf(n.text);
        const words = (others ?? []).map(queryWord).filter((w): w is QueryWord => w !== null && !n.words.some((x) => x.folded === w.folded));
        if (words.length === 0) return n;
        added.push({ word: n.text, spellings: words.map((w) => w.text) });
        return { type: 'or', children: [n, ...words.map((word) => ({ type: 'term' as const, word }))] };
      }
      case 'and':
      case 'or':
        return { type: n.type, children: n.children.map(walk) };
      // An excluded name stays as typed: widening `-Witkoff` would hide more than was asked.
      default:
        return n;
    }
  };
  if (!parsed.root) return { parsed, added };
  const root = walk(parsed.root);
  return added.length ? { parsed: { ...parsed, root }, added } : { parsed, added };
}
