import type { QueryNode, QueryWord } from './query-parser';
import { isOnlyExclusion } from './query-parser';
import { headKey, MIN_HEAD_STEM, prefixTerms, sFormTerm } from './terms';

/**
 * Writes FTS5 MATCH expressions from a parsed query (never from user text). Every word is a
 * stem made of letters and digits only (see `text.ts`) and is double-quoted anyway, so no user
 * input can reach FTS5's syntax.
 *
 * A word `w` becomes `("stem(w)" OR heads : "reverse(stem(w))" *)`: its inflections meet
 * through the stem columns, and compounds that end in it (`krieg` → `Ukrainekriegs`) through
 * the reversed-stem column `heads` (see `search/README.md`); a word whose `-s` form stemming
 * keeps whole also asks for that form (`Nawalny` → `"nawalnys"`, `sFormTerm`).
 */

/** The MATCH expressions of a query: what must match, and what must not. */
export interface FtsMatch {
  /** Null when the query only excludes (or has no words). */
  match: string | null;
  /** What to take away when `match` is null: the excluded words, OR-ed. */
  exclude: string | null;
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

function word(w: QueryWord): string {
  // `Nawalny` also asks for `nawalnys`, which stemming keeps whole (`sFormTerm`).
  const s = sFormTerm(w.folded, w.stem);
  const stems = s === null ? quote(w.stem) : `${quote(w.stem)} OR ${quote(s)}`;
  if (w.stem.length < MIN_HEAD_STEM) return s === null ? stems : `(${stems})`;
  return `(${stems} OR heads : ${quote(headKey(w.stem))} *)`;
}

function compile(n: QueryNode): string {
  switch (n.type) {
    case 'term':
      return word(n.word);
    case 'prefix': {
      // The typed letters, not their stem (see `prefixTerms`).
      const p = prefixTerms(n.word.folded, n.word.stem);
      const star = `${quote(p.prefix)} *`;
      return p.exact.length === 0 ? star : `(${[star, ...p.exact.map(quote)].join(' OR ')})`;
    }
    case 'phrase':
      return quote(n.words.map((w) => w.stem).join(' '));
    case 'or':
      return `(${n.children.map(compile).join(' OR ')})`;
    case 'not':
      // Only reached for a NOT with nothing to subtract from; callers handle that case.
      return compile(n.child);
    case 'and': {
      const pos = n.children.filter((c) => c.type !== 'not').map(compile);
      const neg = n.children.filter((c): c is Extract<QueryNode, { type: 'not' }> => c.type === 'not').map((c) => compile(c.child));
      const p = pos.length === 1 ? pos[0]! : `(${pos.join(' AND ')})`;
      return neg.length === 0 ? p : `${p} NOT (${neg.join(' OR ')})`;
    }
  }
}

/** The FTS5 expressions for a query tree (see `FtsMatch`). */
export function toFtsMatch(root: QueryNode | null): FtsMatch {
  if (!root) return { match: null, exclude: null };
  if (isOnlyExclusion(root)) {
    const negs = root.type === 'not' ? [root.child] : (root as Extract<QueryNode, { type: 'and' }>).children.map((c) => (c as Extract<QueryNode, { type: 'not' }>).child);
    return { match: null, exclude: negs.map(compile).join(' OR ') };
  }
  return { match: compile(root), exclude: null };
}
