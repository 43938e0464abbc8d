import type { SearchHit } from '../../shared/api';
import type { ReadDb } from '../store/db';
import { stmt } from '../store/queries/cache';
import { tokenize } from '../text/words';
import { toFtsMatch } from './fts-query';
import type { NameSpellings } from './name-spellings';
import type { ParsedQuery, QueryNode, QueryWord } from './query-parser';

/**
 * The word being typed. While a person types in the search field, the query's last word is
 * often unfinished (`Witk` on the way to `Witkoff`), and read as a whole word it finds nothing,
 * or another word (`Dmitr` → "did you mean Dmitri?"). With `typing` asked (the window asks it
 * for the searches that follow keystrokes; the CLI only with `--typing`), that word also
 * matches the words it begins, as `Witk*` would (from 4 letters): the reports holding it whole rank first
 * (`literalFirst` in `search.ts`), the other spellings of a name it is still widen as typed.
 */

/**
 * A typed word is read as a prefix from this many letters (folded): the prefix index holds
 * 4-letter prefixes (`prefix='4'`), so a 4-letter one reads one stored doclist, while a 3-letter
 * one merges the entries under it. The bench's typing kind at 100k, CPU p95: 3-letter words
 * 56.8 ms (over the 50 ms bar), 4 letters and more 40.7 (`README.md`, pass prefix).
 */
export const MIN_TYPED_PREFIX = 4;

/** The chunk a query ends in when that is a bare word being typed: letters and digits only. */
const LAST_WORD = /(?:^|[\s(])([\p{L}\p{N}]+)$/u;

/**
 * The query's last word as its term node when it is still being typed: the text ends in it (no
 * space after, so a finished word stays whole), it is a plain word (not a filter's value, not
 * in a phrase or an unclosed quote, not excluded, not already a prefix), and its node is the
 * last positive leaf of the tree. Null otherwise.
 */
export function typedWordNode(q: string, parsed: ParsedQuery): Extract<QueryNode, { type: 'term' }> | null {
  const m = LAST_WORD.exec(q);
  if (!m || (q.match(/"/g)?.length ?? 0) % 2 === 1) return null;
  const leaf = lastLeaf(parsed.root);
  if (!leaf || leaf.type !== 'term' || leaf.word.text !== m[1] || leaf.word.folded.length < MIN_TYPED_PREFIX) return null;
  return leaf;
}

/** The rightmost leaf through AND and OR (an excluded word is no leaf here). */
function lastLeaf(n: QueryNode | null): QueryNode | null {
  if (!n) return null;
  if (n.type === 'and' || n.type === 'or') return lastLeaf(n.children[n.children.length - 1] ?? null);
  return n.type === 'not' ? null : n;
}

/** Surnames read for a name being typed; above `MAX_PEOPLE` people among them, none is widened. */
const BEGUN_KEYS = 8;
/** The word typed so far names one person, or two (a surname two people share a start of). */
const MAX_PEOPLE = 2;

/**
 * Search by entity for a name being typed: when the surnames with other spellings that the
 * word begins (the lookup's `begun`) belong to at most `MAX_PEOPLE` people, those people's
 * spellings that the word does not begin (`Selen` → `Zelensky`, which `Selen*` does not find).
 * None when the lookup cannot say, or the word begins many people's names (`Sch`).
 */
export function typedNameSpellings(word: QueryWord, spellingsOf: NameSpellings | undefined): QueryWord[] {
  const keys = spellingsOf?.begun?.(word.folded, BEGUN_KEYS) ?? [];
  if (keys.length === 0 || keys.length >= BEGUN_KEYS) return [];
  const people = new Set<string>();
  const out = new Map<string, QueryWord>();
  for (const key of keys) {
    const spellings = spellingsOf!(key) ?? [];
    people.add(JSON.stringify([...spellings].sort()));
    if (people.size > MAX_PEOPLE) return [];
    for (const text of spellings) {
      const t = tokenize(text);
      // One word, not one the prefix finds already.
      if (t.length !== 1 || t[0]!.folded.startsWith(word.folded) || out.has(t[0]!.folded)) continue;
      out.set(t[0]!.folded, { text, folded: t[0]!.folded, stem: t[0]!.stem });
    }
  }
  return [...out.values()];
}

/**
 * `root` with `typed` (found by identity, also inside the OR that widened it to other spellings)
 * made `(typed OR typed* OR names…)`, `names` the spellings of the people it begins the name of.
 */
export function withTypedPrefix(root: QueryNode, typed: Extract<QueryNode, { type: 'term' }>, names: QueryWord[] = []): QueryNode {
  const walk = (n: QueryNode): QueryNode => {
    if (n === typed) return { type: 'or', children: [n, { type: 'prefix', word: typed.word }, ...names.map((word) => ({ type: 'term' as const, word }))] };
    if (n.type === 'and' || n.type === 'or') return { type: n.type, children: n.children.map(walk) };
    return n;
  };
  return walk(root);
}

/**
 * The page's hits with those holding the typed word whole (as a search of it would find it: its
 * stem, its `-s` form, a compound it ends) first, each part in its order. One rowid seek of the
 * word per hit: running the query again with the word whole and merging (`literalFirst`) cost as
 * much as the search itself (the bench's typing kind at 10k, CPU per query ×2.7 of the whole-word
 * search against ×1.5). Within the page only: BM25 already ranks a report holding the word whole
 * above one holding only a longer word (it matches both the word and its prefix).
 */
export function wholeWordFirst(db: ReadDb, hits: SearchHit[], typed: Extract<QueryNode, { type: 'term' }>): SearchHit[] {
  if (hits.length < 2) return hits;
  const match = toFtsMatch(typed).match!;
  const holds = stmt(db, 'SELECT 1 FROM search_docs d WHERE d.article_id = ? AND EXISTS (SELECT 1 FROM search_fts WHERE search_fts MATCH ? AND rowid = d.doc)').pluck();
  const whole = hits.filter((h) => holds.get(h.article.id, match) !== undefined);
  return whole.length === 0 || whole.length === hits.length ? hits : [...whole, ...hits.filter((h) => !whole.includes(h))];
}
