import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/core/ingest/extract';
import { replaceTracked, trimTracked, type MarkupSpan } from '../../../../src/core/ingest/extract/markup';
import type { Block } from '../../../../src/shared/api';

/** A lead long enough that the page reads as an article, not a snippet. */
const LEAD = 'Die Verhandlungen in Genf dauerten am Dienstag bis tief in die Nacht, und beide Seiten sprachen danach von Fortschritten, ohne Einzelheiten zu nennen. Beobachter blieben vorsichtig, denn frühere Runden hatten ähnlich geendet.';

/** Sentences of an article's length: an HTML page's short lines inside the article may be folded as furniture. */
const [S1, S2, S3, S4, S5, S6, S7, S8, S9] = [
  'Ein Waffenstillstand an der gesamten Front soll dreißig Tage dauern und von Beobachtern überwacht werden.',
  'Die Beobachter kommen aus neutralen Staaten und berichten beiden Seiten jeden Morgen über die Lage.',
  'Die Gefangenen werden in zwei Stufen ausgetauscht, die erste noch im Mai dieses Jahres.',
  'Zuerst kommen die Verwundeten und die Kranken frei, danach alle übrigen Gefangenen beider Seiten.',
  'Weitere Gespräche soll es in Istanbul auf der Ebene der Außenminister im Juni geben.',
  'Wir sind einen Schritt weiter, als wir es vor einer Woche für möglich gehalten hätten, sagte er.',
  'Die Waffen schweigen nach seinen Worten ab Montag früh an der gesamten Front im Osten.',
  'Die Delegationen tagten in einem Hotel am See, abgeschirmt von der Presse und den Kameras.',
  'Am Abend traten die Delegationsleiter gemeinsam vor die Presse und lasen eine Erklärung vor.',
];

/** The body blocks with their text and markup, as `[text, markup]` pairs. */
const shape = (blocks: Block[]) => blocks.filter((b) => b.region === 'body').map((b) => [b.text, b.markup ?? null]);
const find = (blocks: Block[], text: string) => blocks.find((b) => b.text === text);

describe('the structure of a Markdown report', () => {
  const md = [
    '# Gespräche in Genf', '', LEAD, '',
    '## Was die *Delegationen* vereinbart haben', '',
    '- Ein Waffenstillstand an der gesamten Front für dreißig Tage, überwacht von Beobachtern',
    '- Ein Austausch von Gefangenen in zwei Stufen, die erste noch im Mai',
    '  - zuerst die Verwundeten und die Kranken beider Seiten',
    '  - danach alle übrigen Gefangenen, die seit dem Winter festgehalten werden',
    '- Weitere Gespräche in Istanbul auf der Ebene der Außenminister', '',
    '> Wir sind einen Schritt weiter, als wir es vor einer Woche für möglich hielten.', '>',
    '> 1. Die Waffen schweigen für dreißig Tage an der ganzen Front', '> 2. Die Gefangenen kommen in zwei Stufen frei, wie vereinbart', '',
    LEAD, '',
  ].join('\n');
  const x = extract({ text: md, format: 'markdown' });

  it('keeps the text as before: markers in, `>` and `#` out', () => {
    expect(x.text).toContain('\n- Ein Waffenstillstand');
    expect(x.text).toContain('\n  - zuerst die Verwundeten');
    expect(x.text).toContain('\nWir sind einen Schritt weiter');
    expect(x.text).toContain('\n1. Die Waffen schweigen');
  });

  it('gives a heading with inline emphasis its level', () => {
    expect(find(x.blocks, 'Was die Delegationen vereinbart haben')?.markup).toEqual({ heading: 2 });
  });

  it('nests a list in a list item and numbers the items', () => {
    expect(find(x.blocks, '- Ein Waffenstillstand an der gesamten Front für dreißig Tage, überwacht von Beobachtern')?.markup).toEqual({ path: ['ul'], item: 1 });
    expect(find(x.blocks, '- zuerst die Verwundeten und die Kranken beider Seiten')?.markup).toEqual({ path: ['ul', 'ul'], item: 1 });
    expect(find(x.blocks, '- danach alle übrigen Gefangenen, die seit dem Winter festgehalten werden')?.markup).toEqual({ path: ['ul', 'ul'], item: 2 });
    expect(find(x.blocks, '- Weitere Gespräche in Istanbul auf der Ebene der Außenminister')?.markup).toEqual({ path: ['ul'], item: 3 });
  });

  it('puts a quote around the list it holds', () => {
    expect(find(x.blocks, 'Wir sind einen Schritt weiter, als wir es vor einer Woche für möglich hielten.')?.markup).toEqual({ path: ['quote'] });
    expect(find(x.blocks, '2. Die Gefangenen kommen in zwei Stufen frei, wie vereinbart')?.markup).toEqual({ path: ['quote', 'ol'], item: 2 });
  });

  it('leaves a paragraph outside any container without markup', () => {
    expect(x.blocks.filter((b) => b.text === LEAD).map((b) => b.markup)).toEqual([undefined, undefined]);
  });

  it('counts a numbered list from its first number and marks code as preformatted', () => {
    const y = extract({ text: `${LEAD}\n\n3. drei Punkte in einer Liste\n3. vier Punkte in einer Liste\n\n\`\`\`\nlet a = 1;\n\nlet b = 2;\n\`\`\`\n\n${LEAD}`, format: 'markdown' });
    expect(find(y.blocks, '3. vier Punkte in einer Liste')?.markup).toEqual({ path: ['ol'], item: 4 });
    expect(find(y.blocks, 'let b = 2;')?.markup).toEqual({ pre: true });
  });
});

describe("a Markdown report's short structured lines", () => {
  it("stay in the article, where a web page's short lines would be folded as furniture", () => {
    // Without the markup's word, the extractor folded this list and code as page furniture.
    const md = '# Der Bericht\n\nEinleitung mit genug Worten, damit es ein Artikel ist, und noch mehr Worten hier.\n\n## Was wichtig ist\n\n' +
      '- Erster Punkt mit Text\n- Zweiter Punkt\n  - Unterpunkt eins\n- Dritter Punkt\n\n> Ein Zitat, das lang ist.\n\n```\nlet a = 1;\n```\n\nSchluss.';
    const x = extract({ text: md, format: 'markdown' });
    for (const t of ['- Erster Punkt mit Text', '- Zweiter Punkt', '- Unterpunkt eins', '- Dritter Punkt', 'Ein Zitat, das lang ist.', 'let a = 1;']) {
      expect(find(x.blocks, t)?.region).toBe('body');
    }
  });
});

describe('the structure of an HTML report', () => {
  it('reads headings, nested lists, items of several paragraphs, quotes and pre', () => {
    const html = `<html><body><article><h1>Gespräche in Genf</h1><p>${LEAD}</p>
      <h3>Die <em>Punkte</em> im Einzelnen</h3>
      <ol start="4"><li>${S1}<ul><li>${S2}</li></ul></li><li><p>${S3}</p><p>${S4}</p></li><li value="9">${S5}</li></ol>
      <blockquote><p>${S6}</p><ul><li>${S7}</li></ul></blockquote><pre>${S8}\n${S9}</pre><p>${LEAD}</p></article></body></html>`;
    const x = extract({ text: html, format: 'html' });
    expect(shape(x.blocks).filter(([, m]) => m)).toEqual([
      ['Die Punkte im Einzelnen', { heading: 3 }],
      [S1, { path: ['ol'], item: 4 }],
      [S2, { path: ['ol', 'ul'], item: 1 }],
      [S3, { path: ['ol'], item: 5 }],
      [S4, { path: ['ol'] }],
      [S5, { path: ['ol'], item: 9 }],
      [S6, { path: ['quote'] }],
      [S7, { path: ['quote', 'ul'], item: 1 }],
      [S8, { pre: true }],
      [S9, { pre: true }],
    ]);
  });

  it('reads broken markup (unclosed items, a quote never closed) without losing text', () => {
    const html = `<p>${LEAD}<ul><li>${S1}<li>${S2} <b>${S3}<li>${S4}</ul><blockquote>${S5} <h2>Mitten im Zitat</h2><p>${LEAD}`;
    const x = extract({ text: html, format: 'html' });
    for (const s of [S1, S2, S4, S5, 'Mitten im Zitat']) expect(x.text).toContain(s);
    const items = x.blocks.filter((b) => b.markup?.item !== undefined);
    expect(items.map((b) => b.markup!.path![0])).toEqual(['ul', 'ul', 'ul']);
    expect(find(x.blocks, 'Mitten im Zitat')?.markup).toEqual({ heading: 2, path: ['quote'] });
    for (const b of x.blocks) expect(x.text.slice(b.start, b.end)).toBe(b.text);
  });

  it('gives block offsets that still point at their text', () => {
    const html = `<div>  <h2>  Kopf  </h2>\n\n\n <ul>\n <li> a  b </li>\n\n\n<li>c</li></ul>  <p>${LEAD}</p></div>`;
    const x = extract({ text: html, format: 'html' });
    for (const b of x.blocks) expect(x.text.slice(b.start, b.end)).toBe(b.text);
    expect(find(x.blocks, 'a b')?.markup).toEqual({ path: ['ul'], item: 1 });
  });
});

describe('plain text', () => {
  it('has no markup, even where lines look like Markdown', () => {
    const x = extract({ text: `Titel\n\n${LEAD}\n\n## Zwischentitel\n\n- eins und zwei und drei\n- vier und fünf und sechs\n\n> zitiert\n\n${LEAD}`, format: 'text' });
    expect(x.blocks.filter((b) => b.markup)).toEqual([]);
  });
});

describe('replaceTracked', () => {
  it('gives the same text as replace and moves every kept character with its offset', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let round = 0; round < 200; round++) {
      const s = Array.from({ length: 60 }, () => 'ab \n\t'[rand(5)]).join('');
      const spans: MarkupSpan[] = Array.from({ length: 8 }, () => ({ start: rand(61), end: rand(61), tag: 'li' }));
      const before = spans.map((sp) => ({ ...sp }));
      const re = /[ \t]*\n[ \t]*/g;
      const out = replaceTracked(s, re, '\n', spans);
      expect(out).toBe(s.replace(re, '\n'));
      spans.forEach((sp, i) => {
        // A letter stays a letter: where it was is where it went.
        const p = before[i]!.start;
        if (p < s.length && /[ab]/.test(s[p]!)) expect(out[sp.start]).toBe(s[p]);
      });
    }
  });

  it('trims and keeps offsets inside the text', () => {
    const spans: MarkupSpan[] = [{ start: 0, end: 9, tag: 'quote' }, { start: 3, end: 4, tag: 'li' }];
    expect(trimTracked('\n\n a b \n\n', spans)).toBe('a b');
    expect(spans.map((s) => [s.start, s.end])).toEqual([[0, 3], [0, 1]]);
  });
});

describe('a page set in one list item or quote', () => {
  it('reads that wrapper as layout: the body is paragraphs, its own lists stay lists', () => {
    const html = `<ul><li><h1>Titel</h1><p>${LEAD}</p><p>${S1}</p><p>${S2}</p><ul><li>${S3}</li><li>${S4}</li></ul><p>${LEAD}</p></li></ul>`;
    const x = extract({ text: html, format: 'html' });
    expect(find(x.blocks, S1)?.markup).toBeUndefined();
    expect(find(x.blocks, S3)?.markup).toEqual({ path: ['ul'], item: 1 });
    const quoted = extract({ text: `<blockquote><p>${LEAD}</p><p>${S1}</p><p>${S2}</p><p>${S5}</p></blockquote>`, format: 'html' });
    expect(quoted.blocks.filter((b) => b.markup)).toEqual([]);
  });
});

describe('deep nesting', () => {
  it('keeps at most eight containers in a path, however deep the list', () => {
    const md = `${LEAD}\n\n` + Array.from({ length: 40 }, (_, k) => `${'  '.repeat(k)}- Punkt ${k} mit einigen Worten darin`).join('\n') + `\n\n${LEAD}`;
    const x = extract({ text: md, format: 'markdown' });
    const items = x.blocks.filter((b) => b.markup?.path);
    expect(items.length).toBe(40);
    expect(Math.max(...items.map((b) => b.markup!.path!.length))).toBe(8);
    expect(items.every((b) => b.markup!.item !== undefined)).toBe(true);
  });
});

describe('a paragraph the source wraps over lines', () => {
  it('joins its later lines to the first, in an item and outside; a hard break stays a break', () => {
    const md = `${LEAD}\n\nDie Gespräche in Genf dauerten\nbis tief in die Nacht hinein, sagte ein Sprecher.\n\n- Ein Punkt, der über\n  zwei Zeilen geht\n- Der nächste Punkt\n\nEine Adresse  \nmit hartem Umbruch darin.\n\n${LEAD}`;
    const x = extract({ text: md, format: 'markdown' });
    expect(find(x.blocks, 'Die Gespräche in Genf dauerten')?.markup).toBeUndefined();
    expect(find(x.blocks, 'bis tief in die Nacht hinein, sagte ein Sprecher.')?.markup).toEqual({ joins: true });
    expect(find(x.blocks, 'zwei Zeilen geht')?.markup).toEqual({ path: ['ul'], joins: true });
    expect(find(x.blocks, '- Der nächste Punkt')?.markup).toEqual({ path: ['ul'], item: 2 });
    expect(find(x.blocks, 'mit hartem Umbruch darin.')?.markup).toBeUndefined();
  });
});
