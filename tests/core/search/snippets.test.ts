import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QueryMatcher } from '../../../src/core/search/matcher';
import { tokenize } from '../../../src/core/text/words';
import { parseQuery } from '../../../src/core/search/query-parser';
import { SNIPPET_CHARS, windowSnippet, wholeSnippet } from '../../../src/core/search/snippets';

const marked = (s: { text: string; highlights: [number, number][] }) => s.highlights.map(([a, b]) => s.text.slice(a, b));
const matcher = (q: string) => new QueryMatcher(parseQuery(q).root);

describe('QueryMatcher', () => {
  it('marks folded, stemmed and compound matches', () => {
    const text = 'Die Gespraeche zum Ukrainekriegs-Ende; Krieg und Kriege, Kredit.';
    const m = matcher('Gespräch krieg');
    expect(m.ranges(text).map(([a, b]) => text.slice(a, b))).toEqual(['Gespraeche', 'Ukrainekriegs', 'Krieg', 'Kriege']);
  });

  it('marks a phrase as one range, and only where the words stand together', () => {
    const text = 'vier Tage, dann vier Stunden lang';
    expect(matcher('"vier Stunden"').ranges(text).map(([a, b]) => text.slice(a, b))).toEqual(['vier Stunden']);
  });

  it('marks words that begin with a prefix, not words that share its stem', () => {
    const text = 'Versuch, Verhandlung, Vers, Verse; Gespräch, Gespräche, Gesprächen, Gesprächspartner';
    // stem(vers) is ver: reading the prefix as its stem made vers* mark Verhandlung too.
    expect(matcher('vers*').ranges(text).map(([a, b]) => text.slice(a, b))).toEqual(['Versuch', 'Vers', 'Verse']);
    // Gespräche begins with the typed letters though its stem (gesprach) is shorter than them.
    expect(matcher('Gespräche*').ranges(text).map(([a, b]) => text.slice(a, b))).toEqual(['Gespräch', 'Gespräche', 'Gesprächen']);
  });

  it('finds what the tokenised path finds while skipping words unread', () => {
    // Words that cannot match are skipped by their first letter, length and whether they hold
    // a compound head (written with umlauts, ß or ae/oe/ue); every seed word
    // as a word, a compound head and prefixes must still be marked exactly as before.
    const dir = join(__dirname, '../../../seeds');
    const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    const words = [...new Set(texts.join(' ').match(/[\p{L}\p{N}]+/gu)!)].filter((_, i) => i % 13 === 0);
    const queries = words.flatMap((w) => [w, `${w.slice(0, 2)}*`, `${w.slice(0, 4)}*`, w.length > 8 ? w.slice(-5) : w, `${w} Putin`]);
    queries.push('Straße', 'strasse*', 'Gespräche*', 'ÜBER*', 'Ukrainekrieg', 'krieg', 'äußerst', '2025', 'Übergang', 'gang', 'strasse', 'Maße', 'Gruesse');
    // Phrases leave the words they cannot hold unread too, keeping their places.
    const running = texts.join(' ').match(/[\p{L}\p{N}]+/gu)!;
    for (let i = 0; i + 2 < running.length; i += 211) queries.push(`"${running[i]} ${running[i + 1]}"`, `"${running[i]} ${running[i + 1]}" ${running[i + 2]}`);
    for (const q of queries) {
      const m = matcher(q);
      for (const t of texts) expect(m.ranges(t), q).toEqual(m.rangesInTokens(tokenize(t)));
    }
  });

  it('marks prefixes and never exclusions', () => {
    const text = 'Verhandlungsrunde, Verhandlung, Putin';
    expect(matcher('Verhandl* -Putin').ranges(text).map(([a, b]) => text.slice(a, b))).toEqual(['Verhandlungsrunde', 'Verhandlung']);
  });
});

describe('windowSnippet', () => {
  const filler = 'Lorem ipsum dolor sit amet. '.repeat(30);
  const text = `${filler}Die Gespräche dauerten vier Stunden. ${filler}`;
  const s = windowSnippet('body', text, matcher('Gespräche Stunden').ranges(text));

  it('cuts a window around the matches, with ellipses, at most the snippet size', () => {
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(SNIPPET_CHARS + 2);
  });

  it('gives highlight offsets into the snippet text', () => {
    expect(marked(s)).toEqual(['Gespräche', 'Stunden']);
  });

  it('falls back to the start of the text without highlights when nothing matches', () => {
    const none = windowSnippet('body', text, []);
    expect(none.text.startsWith('Lorem')).toBe(true);
    expect(none.highlights).toEqual([]);
  });

  it('keeps a short text whole', () => {
    expect(marked(wholeSnippet('title', 'Krieg und Frieden', matcher('Frieden').ranges('Krieg und Frieden')))).toEqual(['Frieden']);
  });
});
