import { tokenize } from '../text/words';
import { notice, sameNotice, type Notice } from '../../shared/api/notices';

/**
 * Parallax's query language, read by a small lexer and a recursive-descent parser. User text is
 * never handed to SQLite: the parser builds a tree of words, and `fts-query.ts` writes the FTS5
 * expression from that tree with every word quoted.
 *
 * ```
 * query  := or EOF
 * or     := and ("OR" and)*
 * and    := unary+
 * unary  := ("-" | "NOT") atom | atom
 * atom   := word | word"*" | "phrase" | "(" or ")" | name:value
 * ```
 *
 * Words must all match; `OR` binds looser than the implicit AND. Filters (`outlet:ntv.de`) are
 * global: they are lifted out of the tree, values of one filter are alternatives, different
 * filters must all hold. Nothing here throws: a malformed part is read as sensibly as possible
 * and explained in `notices`.
 */

/** Longer queries are cut; nobody types this much, and it bounds the work per query. */
export const MAX_QUERY_CHARS = 1000;
/** At most this many words, phrases and prefixes; more are dropped (each one is an FTS5 term). */
export const MAX_TERMS = 32;
/** A prefix needs this many letters; `a*` would expand to a large part of the vocabulary. */
export const MIN_PREFIX_CHARS = 2;

/** One word of a query, folded and stemmed like the index. */
export interface QueryWord {
  text: string;
  folded: string;
  stem: string;
}

/** The boolean tree of a query (filters are lifted out). */
export type QueryNode =
  | { type: 'term'; word: QueryWord }
  | { type: 'prefix'; word: QueryWord }
  | { type: 'phrase'; text: string; words: QueryWord[] }
  | { type: 'and'; children: QueryNode[] }
  | { type: 'or'; children: QueryNode[] }
  | { type: 'not'; child: QueryNode };

/** Where to search: the article (title, kicker/dek, body), its reader comments, notes. */
export type SearchScope = 'article' | 'comments' | 'notes';

/** The filters of a query; empty lists mean "no restriction". */
export interface QueryFilters {
  outlet: string[];
  lang: string[];
  tag: string[];
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  from: string | null;
  to: string | null;
  has: ('note' | 'highlight')[];
  /** Default `['article']`. */
  scopes: SearchScope[];
}

/** A parsed query. `root` is null when the query has no words (filters only, or nothing). */
export interface ParsedQuery {
  root: QueryNode | null;
  filters: QueryFilters;
  notices: Notice[];
}

type Lexeme =
  | { kind: 'chunk'; text: string }
  | { kind: 'phrase'; text: string; unclosed: boolean }
  | { kind: 'filter'; name: string; value: string; unclosed: boolean }
  | { kind: 'or' | 'and' | 'not' | 'minus' | 'open' | 'close' };

const FILTERS = new Set(['outlet', 'site', 'lang', 'tag', 'from', 'to', 'has', 'in']);
const FILTER_CHUNK = /^([a-z]+):(.*)$/i;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function lex(q: string, notices: Notice[]): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  const readQuoted = (): { text: string; unclosed: boolean } => {
    const close = q.indexOf('"', i + 1);
    const text = q.slice(i + 1, close < 0 ? q.length : close);
    i = close < 0 ? q.length : close + 1;
    if (close < 0) notices.push(notice('search.unclosed-quote'));
    return { text, unclosed: close < 0 };
  };
  while (i < q.length) {
    const c = q[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"') {
      out.push({ kind: 'phrase', ...readQuoted() });
    } else if (c === '(' || c === ')') {
      out.push({ kind: c === '(' ? 'open' : 'close' });
      i++;
    } else if (c === '-' && i + 1 < q.length && !/[\s-]/.test(q[i + 1]!) && (i === 0 || /[\s(]/.test(q[i - 1]!))) {
      out.push({ kind: 'minus' });
      i++;
    } else {
      let j = i;
      while (j < q.length && !/[\s"()]/.test(q[j]!)) j++;
      const text = q.slice(i, j);
      i = j;
      const f = FILTER_CHUNK.exec(text);
      if (f && FILTERS.has(f[1]!.toLowerCase())) {
        let value = f[2]!;
        let unclosed = false;
        if (value === '' && q[i] === '"') ({ text: value, unclosed } = readQuoted());
        out.push({ kind: 'filter', name: f[1]!.toLowerCase(), value: value.trim(), unclosed });
      } else if (text === 'OR' || text === '|' || text === '||') out.push({ kind: 'or' });
      else if (text === 'AND' || text === '&&') out.push({ kind: 'and' });
      else if (text === 'NOT') out.push({ kind: 'not' });
      else out.push({ kind: 'chunk', text });
    }
  }
  return out;
}

function words(text: string): QueryWord[] {
  return tokenize(text).map((t) => ({ text: text.slice(t.start, t.end), folded: t.folded, stem: t.stem }));
}

class Parser {
  private pos = 0;
  private termCount = 0;
  private depth = 0;
  readonly filters: QueryFilters = { outlet: [], lang: [], tag: [], from: null, to: null, has: [], scopes: [] };

  constructor(
    private readonly lx: Lexeme[],
    readonly notices: Notice[],
  ) {}

  private note(n: Notice): void {
    if (!this.notices.some((x) => sameNotice(x, n))) this.notices.push(n);
  }

  parse(): QueryNode | null {
    const node = this.or();
    while (this.pos < this.lx.length) {
      // Only a stray ")" can stop `or()` early; skip it and read on.
      this.note(notice('search.unmatched-paren'));
      this.pos++;
      const more = this.or();
      return node && more ? { type: 'and', children: [node, more] } : (node ?? more);
    }
    return node;
  }

  private or(): QueryNode | null {
    const parts: QueryNode[] = [];
    let pendingOr = false;
    for (;;) {
      const left = this.and();
      if (left) {
        parts.push(left);
        pendingOr = false;
      } else if (pendingOr) this.note(notice('search.or-needs-words'));
      const t = this.lx[this.pos];
      if (!t || t.kind !== 'or') break;
      this.pos++;
      if (!left) this.note(notice('search.or-needs-words'));
      pendingOr = true;
    }
    if (pendingOr) this.note(notice('search.or-needs-words'));
    if (parts.length === 0) return null;
    return parts.length === 1 ? parts[0]! : { type: 'or', children: parts };
  }

  private and(): QueryNode | null {
    const parts: QueryNode[] = [];
    for (;;) {
      const t = this.lx[this.pos];
      if (!t || t.kind === 'or' || (t.kind === 'close' && this.depth > 0)) break;
      if (t.kind === 'close') break;
      const n = this.unary();
      if (n) parts.push(n);
    }
    if (parts.length === 0) return null;
    return parts.length === 1 ? parts[0]! : { type: 'and', children: parts };
  }

  private unary(): QueryNode | null {
    const t = this.lx[this.pos]!;
    if (t.kind === 'minus' || t.kind === 'not') {
      this.pos++;
      const next = this.lx[this.pos];
      if (next?.kind === 'filter') {
        this.pos++;
        this.note(notice('search.filter-not-excludable', { filter: next.name }));
        return null;
      }
      if (!next || next.kind === 'or' || next.kind === 'close' || next.kind === 'minus' || next.kind === 'not') {
        this.note(notice('search.operator-needs-word', { operator: t.kind === 'not' ? 'NOT' : '-' }));
        return null;
      }
      const child = this.atom();
      return child ? { type: 'not', child } : null;
    }
    return this.atom();
  }

  private atom(): QueryNode | null {
    const t = this.lx[this.pos++]!;
    switch (t.kind) {
      case 'and':
        return null; // AND is what words do anyway.
      case 'minus':
      case 'not':
      case 'or':
      case 'close':
        return null;
      case 'open': {
        this.depth++;
        const inner = this.or();
        this.depth--;
        if (this.lx[this.pos]?.kind === 'close') this.pos++;
        else this.note(notice('search.unclosed-paren'));
        return inner;
      }
      case 'filter':
        this.filter(t.name, t.value);
        return null;
      case 'phrase': {
        const ws = words(t.text);
        if (ws.length === 0) {
          if (!t.unclosed) this.note(notice('search.empty-phrase'));
          return null;
        }
        if (!this.countTerm()) return null;
        return ws.length === 1 ? { type: 'term', word: ws[0]! } : { type: 'phrase', text: t.text.trim(), words: ws };
      }
      case 'chunk':
        return this.chunk(t.text);
    }
  }

  private countTerm(): boolean {
    if (this.termCount >= MAX_TERMS) {
      this.note(notice('search.too-many-words', { max: MAX_TERMS }));
      return false;
    }
    this.termCount++;
    return true;
  }

  private chunk(text: string): QueryNode | null {
    const isPrefix = /\*+$/.test(text);
    const ws = words(text.replace(/\*+$/, ''));
    if (ws.length === 0) {
      if (/\S/.test(text) && isPrefix) this.note(notice('search.star-needs-letters'));
      else if (/^-+$/.test(text)) this.note(notice('search.operator-needs-word', { operator: '-' }));
      return null;
    }
    if (!this.countTerm()) return null;
    if (isPrefix && ws.length === 1) {
      const w = ws[0]!;
      if (w.folded.length < MIN_PREFIX_CHARS) {
        this.note(notice('search.prefix-too-short', { prefix: text, min: MIN_PREFIX_CHARS }));
        return { type: 'term', word: w };
      }
      return { type: 'prefix', word: w };
    }
    // `Ukraine-Krieg`, `ntv.de`: several words in one chunk stand next to each other.
    return ws.length === 1 ? { type: 'term', word: ws[0]! } : { type: 'phrase', text: text.replace(/\*+$/, ''), words: ws };
  }

  private filter(name: string, value: string): void {
    const f = this.filters;
    if (value === '') {
      this.note(notice('search.filter-needs-value', { filter: name }));
      return;
    }
    const v = value.toLowerCase();
    switch (name) {
      case 'outlet':
      case 'site':
        f.outlet.push(v);
        return;
      case 'lang':
        f.lang.push(v);
        return;
      case 'tag':
        f.tag.push(v);
        return;
      case 'from':
      case 'to':
        if (!DATE.test(v)) this.note(notice('search.filter-not-a-date', { filter: name, value }));
        else f[name] = v;
        return;
      case 'has':
        if (v === 'note' || v === 'notes') f.has.push('note');
        else if (v === 'highlight' || v === 'highlights') f.has.push('highlight');
        else this.note(notice('search.unknown-has', { value }));
        return;
      case 'in':
        if (v === 'comments' || v === 'comment') f.scopes.push('comments');
        else if (v === 'notes' || v === 'note') f.scopes.push('notes');
        else if (v === 'article' || v === 'text') f.scopes.push('article');
        else this.note(notice('search.unknown-in', { value }));
        return;
    }
  }
}

/**
 * Parses a query. Never throws: every malformed part is dropped or re-read, and said so in
 * `notices`.
 *
 * ```ts
 * parseQuery('"vier Stunden" -Trump outlet:ntv.de')
 * // root: and(phrase(vier stund), not(term trump)), filters.outlet: ['ntv.de']
 * ```
 */
export function parseQuery(input: string): ParsedQuery {
  const notices: Notice[] = [];
  let q = typeof input === 'string' ? input : '';
  if (q.length > MAX_QUERY_CHARS) {
    q = q.slice(0, MAX_QUERY_CHARS);
    notices.push(notice('search.query-cut', { max: MAX_QUERY_CHARS }));
  }
  const p = new Parser(lex(q, notices), notices);
  const root = simplify(p.parse(), notices);
  const filters = p.filters;
  if (filters.scopes.length === 0) filters.scopes.push('article');
  filters.scopes = [...new Set(filters.scopes)];
  filters.has = [...new Set(filters.has)];
  return { root, filters, notices };
}

/** Drops exclusions that exclude from nothing inside OR groups, and flattens nesting. */
function simplify(n: QueryNode | null, notices: Notice[]): QueryNode | null {
  if (!n) return null;
  if (n.type === 'and' || n.type === 'or') {
    const kids: QueryNode[] = [];
    for (const c of n.children) {
      const s = simplify(c, notices);
      if (!s) continue;
      if (s.type === n.type) kids.push(...s.children);
      else kids.push(s);
    }
    if (n.type === 'or' && kids.some((k) => isOnlyExclusion(k))) {
      notices.push(notice('search.exclusion-in-or'));
      const kept = kids.filter((k) => !isOnlyExclusion(k));
      return kept.length === 0 ? null : kept.length === 1 ? kept[0]! : { type: 'or', children: kept };
    }
    if (kids.length === 0) return null;
    return kids.length === 1 ? kids[0]! : { type: n.type, children: kids };
  }
  if (n.type === 'not') {
    const c = simplify(n.child, notices);
    return c ? { type: 'not', child: c } : null;
  }
  return n;
}

/** True when a node only excludes (a NOT, or an AND of NOTs). */
export function isOnlyExclusion(n: QueryNode): boolean {
  if (n.type === 'not') return true;
  if (n.type === 'and') return n.children.every(isOnlyExclusion);
  return false;
}

/** The words a match is made of (outside exclusions), for highlighting. */
export function positiveLeaves(n: QueryNode | null): Extract<QueryNode, { type: 'term' | 'prefix' | 'phrase' }>[] {
  if (!n) return [];
  switch (n.type) {
    case 'term':
    case 'prefix':
    case 'phrase':
      return [n];
    case 'and':
    case 'or':
      return n.children.flatMap(positiveLeaves);
    case 'not':
      return [];
  }
}
