import { positiveLeaves, type QueryNode } from './query-parser';
import { analyzeSpan, forEachWord, MAX_TOKEN_CHARS, type Token } from '../text/words';
import { MIN_COMPOUND_CHARS, MIN_HEAD_STEM, prefixTerms, sFormTerm, type PrefixTerms } from './terms';
import { foldedLetter, HeadFilter } from './head-filter';

/**
 * Finds where a query matches inside a text, in JS, by the same rules as the FTS5 index: a
 * word matches a token with the same stem or its kept `-s` form (`sFormTerm`), or a long token
 * whose stem ends with it (compound head); a prefix matches what `prefixTerms` says; a phrase matches
 * consecutive stems. Used for snippet highlights, hit counts and `getArticleHits`.
 */

/** A `[start, end)` range of UTF-16 offsets. */
export type Range = [number, number];

type Leaf = ReturnType<typeof positiveLeaves>[number];

function tokenMatches(leaf: Exclude<Leaf, { type: 'phrase' }>, t: Token, p: PrefixTerms | undefined, sForm: string | null | undefined): boolean {
  const s = leaf.word.stem;
  if (p) return t.stem.startsWith(p.prefix) || p.exact.includes(t.stem);
  if (t.stem === s || (sForm && t.stem === sForm)) return true;
  return s.length >= MIN_HEAD_STEM && t.folded.length >= MIN_COMPOUND_CHARS && t.stem.endsWith(s);
}

/** A compiled matcher for one query: call `ranges(text)` for as many texts as needed. */
export class QueryMatcher {
  private readonly leaves: Leaf[];
  /** Per leaf, what a prefix leaf matches (undefined for the others). */
  private readonly prefixes: (PrefixTerms | undefined)[];
  /** Per term leaf, the term of its `-s` form when stemming keeps it (`sFormTerm`). */
  private readonly sForms: (string | null)[];

  /** Folded first letters a matching word can start with (char codes), unless it is a compound. */
  private readonly firstLetters = new Set<number>();
  /** Whether a long word can match by its compound head, whatever its first letter. */
  private readonly headMatches: boolean;
  /** The stems a word can match as its compound head, looked for in words as written. */
  private readonly heads: HeadFilter;
  private readonly hasPhrase: boolean;
  /** Whether a phrase query's tokens may leave words that cannot match unread (`tokens`). */
  private readonly skipsWords: boolean;

  constructor(root: QueryNode | null) {
    this.leaves = positiveLeaves(root);
    this.prefixes = this.leaves.map((l) => (l.type === 'prefix' ? prefixTerms(l.word.folded, l.word.stem) : undefined));
    this.sForms = this.leaves.map((l) => (l.type === 'term' ? sFormTerm(l.word.folded, l.word.stem) : null));
    for (const l of this.leaves) if (l.type !== 'phrase' && l.word.stem !== '') this.firstLetters.add(l.word.stem.charCodeAt(0));
    for (const l of this.leaves) if (l.type === 'phrase') for (const w of l.words) if (w.stem !== '') this.firstLetters.add(w.stem.charCodeAt(0));
    // A word left unread counts as one with an empty stem, which only an empty query stem (or an
    // empty prefix, which every word matches anyway) would match.
    this.skipsWords = this.leaves.every((l) => (l.type === 'phrase' ? l.words.every((w) => w.stem !== '') : l.type === 'prefix' || l.word.stem !== ''));
    const heads = this.leaves.flatMap((l) => (l.type === 'term' && l.word.stem.length >= MIN_HEAD_STEM ? [l.word.stem] : []));
    this.headMatches = heads.length > 0;
    this.heads = new HeadFilter(heads);
    this.hasPhrase = this.leaves.some((l) => l.type === 'phrase');
  }

  /** True when the query has words to highlight. */
  get isEmpty(): boolean {
    return this.leaves.length === 0;
  }

  /** Every match in `text`, sorted and without overlaps; offsets shifted by `base`. */
  ranges(text: string, base = 0): Range[] {
    if (this.leaves.length === 0 || text === '') return [];
    if (this.hasPhrase) return this.rangesInTokens(this.tokens(text, base));
    // Without phrases each word stands alone, so words that cannot match are skipped before
    // they are folded and stemmed (most of a snippet's cost: every hit's whole body is read).
    const out: Range[] = [];
    forEachWord(text, (s, e) => {
      if (e - s > MAX_TOKEN_CHARS || this.cannotMatch(text, s, e)) return;
      const [folded, stem] = analyzeSpan(text, s, e);
      const t: Token = { start: base + s, end: base + e, folded, stem };
      for (let li = 0; li < this.leaves.length; li++) {
        if (tokenMatches(this.leaves[li] as Exclude<Leaf, { type: 'phrase' }>, t, this.prefixes[li], this.sForms[li])) {
          out.push([t.start, t.end]);
          break;
        }
      }
    });
    return mergeRanges(out);
  }

  /**
   * True when the word `text[s, e)` cannot match any leaf, judged without folding it: a stem or
   * a prefix match begins with the leaf's first letter, and folding keeps an ASCII first letter
   * (lowercased; `foldedLetter` also reads `Ä Ö Ü ß`); only a compound head match can begin
   * otherwise, and that needs a word of `MIN_COMPOUND_CHARS` folded letters, which an ASCII word
   * shorter than that never has (folding only shortens ASCII: `ae` → `a`), and whose folded form
   * holds a query stem (`HeadFilter`; with it the words read for the bench's 200 rare-word
   * searches fell from 267,000 to 46,000).
   */
  private cannotMatch(text: string, s: number, e: number): boolean {
    const c = foldedLetter(text.charCodeAt(s));
    if (c < 0 || this.firstLetters.has(c)) return false;
    if (!this.headMatches) return true;
    if (e - s < MIN_COMPOUND_CHARS) {
      let ascii = true;
      for (let i = s; i < e && ascii; i++) ascii = text.charCodeAt(i) < 128;
      if (ascii) return true;
    }
    return !this.heads.mayContain(text, s, e);
  }

  /**
   * The words of `text` as `tokenize` gives them, except that a word no leaf can match
   * (`cannotMatch`) is neither folded nor stemmed: it keeps its place in the sequence, so a
   * phrase still needs its words side by side, with an empty stem, which no query word has.
   */
  private tokens(text: string, base: number): Token[] {
    const out: Token[] = [];
    forEachWord(text, (s, e) => {
      if (e - s > MAX_TOKEN_CHARS) return;
      if (this.skipsWords && this.cannotMatch(text, s, e)) out.push({ start: base + s, end: base + e, folded: '', stem: '' });
      else {
        const [folded, stem] = analyzeSpan(text, s, e);
        out.push({ start: base + s, end: base + e, folded, stem });
      }
    });
    return out;
  }

  /** Every match among already tokenised words. */
  rangesInTokens(tokens: Token[]): Range[] {
    const out: Range[] = [];
    this.leaves.forEach((leaf, li) => {
      if (leaf.type === 'phrase') {
        const n = leaf.words.length;
        for (let i = 0; i + n <= tokens.length; i++) {
          let ok = true;
          for (let k = 0; k < n && ok; k++) ok = tokens[i + k]!.stem === leaf.words[k]!.stem;
          if (ok) out.push([tokens[i]!.start, tokens[i + n - 1]!.end]);
        }
      } else {
        const p = this.prefixes[li];
        for (const t of tokens) if (tokenMatches(leaf, t, p, this.sForms[li])) out.push([t.start, t.end]);
      }
    });
    return mergeRanges(out);
  }
}

/** Sorts ranges and merges overlapping ones. */
export function mergeRanges(rs: Range[]): Range[] {
  rs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Range[] = [];
  for (const r of rs) {
    const last = out[out.length - 1];
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * True when a text's tokens satisfy the whole query tree (AND, OR, NOT), by the matching rules
 * above. For small sets searched in JS (notes); the articles are searched by FTS5.
 */
export function matchesTree(root: QueryNode, tokens: Token[]): boolean {
  switch (root.type) {
    case 'term':
    case 'prefix':
    case 'phrase':
      return new QueryMatcher(root).rangesInTokens(tokens).length > 0;
    case 'and':
      return root.children.every((c) => (c.type === 'not' ? !matchesTree(c.child, tokens) : matchesTree(c, tokens)));
    case 'or':
      return root.children.some((c) => matchesTree(c, tokens));
    case 'not':
      return !matchesTree(root.child, tokens);
  }
}
