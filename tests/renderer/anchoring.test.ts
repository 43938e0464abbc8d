import { describe, expect, it } from 'vitest';
import { paintPieces, type Paint } from '../../src/renderer/src/lib/anchoring/paint';
import { citeQuote } from '../../src/renderer/src/lib/anchoring/citation';
import { renderNote } from '../../src/renderer/src/lib/markdown';

const paint = (id: string, start: number, end: number, over: Partial<Paint> = {}): Paint => ({ id, start, end, color: 'yellow', hasNote: false, ...over });

describe('paintPieces', () => {
  const text = 'Das Treffen dauerte über vier Stunden und mehr.';
  const at = 100; // the run stands at offset 100 of the article text

  it('leaves a run without highlights whole', () => {
    expect(paintPieces(text, at, [], [])).toEqual([{ text, start: at, marks: [], hit: null }]);
  });

  it('cuts at a highlight and keeps offsets', () => {
    const s = at + text.indexOf('über');
    const pieces = paintPieces(text, at, [], [paint('a', s, s + 'über vier Stunden'.length)]);
    expect(pieces.map((p) => [p.text, p.marks.map((m) => m.id)])).toEqual([
      ['Das Treffen dauerte ', []],
      ['über vier Stunden', ['a']],
      [' und mehr.', []],
    ]);
    expect(pieces[1]!.start).toBe(s);
  });

  it('nests overlapping highlights, longer outside, and keeps hits inside them', () => {
    const s = at + text.indexOf('über');
    const pieces = paintPieces(text, at, [[s + 5, s + 9]], [paint('long', s, s + 17), paint('short', s + 5, s + 17)]);
    const inner = pieces.find((p) => p.text === 'vier')!;
    expect(inner.marks.map((m) => m.id)).toEqual(['long', 'short']);
    expect(inner.hit).toBe(0);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('paints the part of a highlight that spans into the next run', () => {
    const pieces = paintPieces('zweiter Absatz', 200, [], [paint('x', 150, 207)]);
    expect(pieces[0]).toMatchObject({ text: 'zweiter', marks: [{ id: 'x' }] });
    expect(pieces[1]).toMatchObject({ text: ' Absatz', marks: [] });
  });
});

describe('citeQuote', () => {
  it('quotes with title, outlet and date, on one line', () => {
    expect(citeQuote('über vier\n\nStunden ', { title: 'Putins Marathontreffen', site: 'TKP', date: '12 Apr 2025' })).toBe(
      '“über vier Stunden” — Putins Marathontreffen, TKP, 12 Apr 2025',
    );
  });
  it('leaves out what is not known', () => {
    expect(citeQuote('x', { title: 'T', site: null, date: null })).toBe('“x” — T');
  });
});

describe('renderNote', () => {
  it('renders Markdown and escapes raw HTML', () => {
    const html = renderNote('**fett** <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).toContain('<strong>fett</strong>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
  });
  it('opens links outside the app and refuses javascript: URLs', () => {
    expect(renderNote('[dpa](https://www.dpa.com)')).toContain('<a href="https://www.dpa.com" target="_blank" rel="noopener noreferrer">dpa</a>');
    expect(renderNote('[x](javascript:alert(1))')).not.toContain('href="javascript:');
  });
  it('shows images as text, fetching nothing', () => {
    expect(renderNote('![Bild](https://example.org/a.png)')).not.toContain('<img');
  });
});
