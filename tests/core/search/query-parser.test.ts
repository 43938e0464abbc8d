import { describe, expect, it } from 'vitest';
import { toFtsMatch } from '../../../src/core/search/fts-query';
import { MAX_QUERY_CHARS, MAX_TERMS, parseQuery, type QueryNode } from '../../../src/core/search/query-parser';
import { english } from '../../../src/shared/i18n';

/** A compact picture of a tree: stems, with & | - "…" and *. */
function show(n: QueryNode | null): string {
  if (!n) return '∅';
  switch (n.type) {
    case 'term':
      return n.word.stem;
    case 'prefix':
      return `${n.word.stem}*`;
    case 'phrase':
      return `"${n.words.map((w) => w.stem).join(' ')}"`;
    case 'and':
      return `(${n.children.map(show).join(' & ')})`;
    case 'or':
      return `(${n.children.map(show).join(' | ')})`;
    case 'not':
      return `-${show(n.child)}`;
  }
}

describe('parseQuery', () => {
  it('reads words as AND of their stems', () => {
    expect(show(parseQuery('Gespräche Witkoff').root)).toBe('(gesprach & witkoff)');
  });

  it('reads a quoted phrase', () => {
    expect(show(parseQuery('"vier Stunden" Putin').root)).toBe('("vier stund" & putin)');
  });

  it('binds OR looser than AND', () => {
    expect(show(parseQuery('a1 Krieg OR Frieden b2').root)).toBe('((a1 & krieg) | (fried & b2))');
  });

  it('reads -word and NOT word as exclusions', () => {
    expect(show(parseQuery('Krieg -Ukraine').root)).toBe('(krieg & -ukrain)');
    expect(show(parseQuery('Krieg NOT Ukraine').root)).toBe('(krieg & -ukrain)');
  });

  it('keeps a hyphen inside a word as a phrase of its parts', () => {
    expect(show(parseQuery('Ukraine-Krieg').root)).toBe('"ukrain krieg"');
  });

  it('reads prefix* with the stem of the prefix', () => {
    expect(show(parseQuery('Verhandlung*').root)).toBe('verhandl*');
  });

  it('asks FTS5 for the typed letters of a prefix, and the stems that end inside them', () => {
    expect(toFtsMatch(parseQuery('vers*').root).match).toBe('("vers" * OR "ver")');
    expect(toFtsMatch(parseQuery('Verhandl*').root).match).toBe('"verhandl" *');
    expect(toFtsMatch(parseQuery('Gespräche*').root).match).toBe('("gesprache" * OR "gesprach")');
  });

  it('groups with parentheses', () => {
    expect(show(parseQuery('(Krieg OR Frieden) Putin').root)).toBe('((krieg | fried) & putin)');
  });

  it('lifts filters out of the tree', () => {
    const p = parseQuery('Krieg outlet:ntv.de lang:DE tag:"Wladimir Putin" from:2025-11-01 to:2025-12 has:note has:highlight in:comments');
    expect(show(p.root)).toBe('krieg');
    expect(p.filters).toEqual({
      outlet: ['ntv.de'],
      lang: ['de'],
      tag: ['wladimir putin'],
      from: '2025-11-01',
      to: '2025-12',
      has: ['note', 'highlight'],
      scopes: ['comments'],
    });
    expect(p.notices).toEqual([]);
  });

  it('searches the article by default, notes with in:notes', () => {
    expect(parseQuery('x').filters.scopes).toEqual(['article']);
    expect(parseQuery('x in:notes').filters.scopes).toEqual(['notes']);
  });

  it('reads an unknown name:value as words', () => {
    expect(show(parseQuery('foo:bar').root)).toBe('"foo bar"');
  });
});

describe('parseQuery on malformed input', () => {
  const cases: [string, string, string][] = [
    ['"vier Stunden', '"vier stund"', 'unclosed quote: read as a phrase to the end'],
    ['OR', '∅', 'OR needs words on both sides: ignored'],
    ['Krieg OR', 'krieg', 'OR needs words on both sides: ignored'],
    ['OR Krieg', 'krieg', 'OR needs words on both sides: ignored'],
    ['Krieg -', 'krieg', '"-" needs a word after it: ignored'],
    ['Krieg NOT', 'krieg', '"NOT" needs a word after it: ignored'],
    ['(Krieg', 'krieg', 'unclosed "(": closed at the end'],
    ['Krieg)', 'krieg', 'unmatched ")": ignored'],
    ['""', '∅', 'empty phrase "": ignored'],
    ['*', '∅', '"*" needs letters before it: ignored'],
    ['a*', 'a', 'prefix "a*" is too short (at least 2 letters): searched as a word'],
    ['from:gestern', '∅', 'from:gestern is not a date (use YYYY-MM-DD, YYYY-MM or YYYY): ignored'],
    ['to:2025-13-01', '∅', 'to:2025-13-01 is not a date (use YYYY-MM-DD, YYYY-MM or YYYY): ignored'],
    ['outlet:', '∅', 'outlet: needs a value: ignored'],
    ['has:bananas', '∅', 'has:bananas is unknown (use has:note or has:highlight): ignored'],
    ['in:space', '∅', 'in:space is unknown (use in:comments or in:notes): ignored'],
    ['Krieg -outlet:ntv.de', 'krieg', 'excluding a filter ("-outlet:") is not supported: ignored'],
    ['Krieg OR -Frieden', 'krieg', 'an exclusion inside OR excludes from nothing: ignored'],
  ];
  for (const [q, tree, notice] of cases) {
    it(`reads ${JSON.stringify(q)} as ${tree} and says: ${notice}`, () => {
      const p = parseQuery(q);
      expect(show(p.root)).toBe(tree);
      expect(p.notices.map(english)).toContain(notice);
    });
  }

  it('cuts a 10,000-character query and says so', () => {
    const p = parseQuery('Krieg '.repeat(2000));
    expect(p.notices.map(english)).toContain(`query cut to its first ${MAX_QUERY_CHARS.toLocaleString('en')} characters`);
    expect(p.notices).toContainEqual({ code: 'search.too-many-words', params: { max: MAX_TERMS } });
  });

  it('reads SQL-looking text as plain words, and quotes every word for FTS5', () => {
    const p = parseQuery(`'; DROP TABLE articles; -- "x" OR 1=1`);
    expect(show(p.root)).toBe('((drop & tabl & articl & x) | "1 1")');
    const m = toFtsMatch(p.root).match!;
    expect(m).not.toMatch(/;|'|--/);
    for (const bare of m.replace(/"[^"]*"/g, '').match(/[\p{L}\p{N}]+/gu) ?? []) expect(['OR', 'AND', 'NOT', 'heads']).toContain(bare);
  });

  it('never throws, whatever the input', () => {
    const nasty = ['', ' ', '\u0000', '"""', '(((', ')))', '- - -', 'OR OR OR', 'NEAR(a b, 3)', '{title}: x', 'a:b:c', '^x', '\ud800', '🙂 Krieg', '*"*"*', 'from:"2025-01-01'];
    for (const q of nasty) expect(() => parseQuery(q)).not.toThrow();
    expect(() => parseQuery(undefined as unknown as string)).not.toThrow();
  });
});

describe('toFtsMatch', () => {
  it('matches a word by stem or as the head of a compound', () => {
    expect(toFtsMatch(parseQuery('Krieg').root).match).toBe('("krieg" OR heads : "geirk" *)');
  });

  it('does not look for compound heads of very short stems', () => {
    expect(toFtsMatch(parseQuery('Rat').root).match).toBe('"rat"');
  });

  it('subtracts exclusions', () => {
    expect(toFtsMatch(parseQuery('"vier Stunden" -Putin').root).match).toBe('"vier stund" NOT (("putin" OR heads : "nitup" *))');
  });

  it('gives an exclusion-only query as something to take away', () => {
    expect(toFtsMatch(parseQuery('-Putin').root)).toEqual({ match: null, exclude: '("putin" OR heads : "nitup" *)' });
  });
});
