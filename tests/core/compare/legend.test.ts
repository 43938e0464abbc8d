import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisonHtml } from '../../../src/core/compare/export-html';
import { LEGEND_COLOURS, LINE_COLOURS, legendWords } from '../../../src/shared/compare-legend';
import { pairLineGroups } from '../../../src/shared/compare-pair-lines';
import type { ArticleId, Comparison } from '../../../src/shared/api';
import { ROOT } from '../../support/temp';

const A = 'a' as ArticleId, B = 'b' as ArticleId;
const noDiff = { figures: [], dates: [], names: [], quotes: [], sources: [] };
const c: Comparison = {
  articles: [
    { id: A, title: 'A', site: 'dpa', published: null, sentences: [{ start: 0, end: 10, text: 'Das Treffen dauerte über vier Stunden.', block: 0 }, { start: 11, end: 20, text: 'Nur hier.', block: 0 }], unique: [1], sources: [], quotes: [] },
    { id: B, title: 'B', site: 'ntv', published: null, sentences: [{ start: 0, end: 10, text: 'Sie sprachen mehr als vier Stunden.', block: 0 }], unique: [], sources: [], quotes: [] },
  ],
  pairs: [{ a: { articleId: A, sentence: 0 }, b: { articleId: B, sentence: 0 }, class: 'paraphrase', score: 0.4, reasons: [{ kind: 'figure', a: 'über vier Stunden', b: 'mehr als vier Stunden' }], differences: noDiff }],
  passages: [],
  sources: [],
  spellings: [],
  tookMs: 1,
};

describe('the compare legend', () => {
  it('has the app’s light colours, so view and export colour a class alike', () => {
    const css = readFileSync(join(ROOT, 'src/renderer/src/styles/app.css'), 'utf8');
    for (const k of ['same', 'paraphrase', 'related'] as const) expect(css).toContain(`--cmp-${k}: ${LEGEND_COLOURS[k]};`);
    expect(css).toContain(`--text-muted: ${LINE_COLOURS.muted};`);
    expect(css).toContain(`--warn: ${LINE_COLOURS.check};`);
  });
  it('words the export in the UI’s language, with the reasons of each pair and no internal jargon', () => {
    const de = comparisonHtml(c, 'de');
    expect(de).toContain('<html lang="de">');
    expect(de).toContain(legendWords('de').paraphrase);
    expect(de).toContain('gleiche Zahl: über vier Stunden / mehr als vier Stunden');
    expect(de).toContain(`<span class="s unique">${legendWords('de').unique}</span>`);
    expect(de).not.toMatch(/only-a|only-b|\b0\.40\b/);
    expect(comparisonHtml(c)).toContain('same figure: über vier Stunden / mehr als vier Stunden');
  });
  it('marks each report’s title and text with its language, and the UI’s words with the UI’s', () => {
    // A German report in an English export was read out by a screen reader in English.
    const en = comparisonHtml({ ...c, articles: [{ ...c.articles[0]!, lang: 'de' }, c.articles[1]!] }, 'en');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h2>1. <span lang="de">A</span></h2><div class="meta">dpa</div><div lang="de"><p class="s');
    expect(en).toContain('<h2>2. <span>B</span></h2><div class="meta">ntv</div><div><p class="s');
  });
  it('writes each report’s date as the app does in that language, not as stored', () => {
    const dated: Comparison = { ...c, articles: [{ ...c.articles[0]!, published: '2025-11-19T09:47' }, { ...c.articles[1]!, published: '2025-07' }] };
    const en = comparisonHtml(dated, 'en');
    expect(en).toContain('dpa · 19 Nov 2025, 09:47');
    expect(en).toContain('ntv · July 2025');
    expect(en).not.toContain('2025-11-19T09:47');
    expect(comparisonHtml(dated, 'de')).toContain('dpa · 19. Nov. 2025, 09:47');
  });
  it('words an act told in other words in each UI language, with the words each report uses', () => {
    const r = { kind: 'act' as const, act: 'die', label: { en: 'died', de: 'gestorben' }, a: 'starben', b: 'getötet' };
    expect(legendWords('en').reason(r)).toBe('same act: died (starben / getötet)');
    expect(legendWords('de').reason(r)).toBe('gleiches Geschehen: gestorben (starben / getötet)');
  });
  it('names whom both reports tell the act of, when they agree, in each UI language', () => {
    const r = { kind: 'act' as const, act: 'die', label: { en: 'died', de: 'gestorben' }, a: 'starb', b: 'Tod', who: ['Raisi'] };
    expect(legendWords('en').reason(r)).toBe('same act: died — Raisi (starb / Tod)');
    expect(legendWords('de').reason(r)).toBe('gleiches Geschehen: gestorben — Raisi (starb / Tod)');
  });

  it('words a contradicting detail as a difference in each UI language, a dash for the side that says nothing of it', () => {
    const plan = { kind: 'differs' as const, what: 'plan' as const, a: 'sollen', b: '' };
    expect(legendWords('en').reason(plan)).toBe('but one report tells it as still to come: sollen / –');
    expect(legendWords('de').reason(plan)).toBe('aber ein Bericht nennt es erst bevorstehend: sollen / –');
    const day = { kind: 'differs' as const, what: 'weekday' as const, a: 'Dienstag', b: 'Mittwoch' };
    expect(legendWords('en').reason(day)).toBe('but the days differ: Dienstag / Mittwoch');
    expect(legendWords('de').reason(day)).toBe('aber die Tage weichen ab: Dienstag / Mittwoch');
  });

  it('names the reports as the view does (outlet, else its number) and marks wire copy with the view’s key', () => {
    const three: Comparison = {
      ...c,
      articles: [c.articles[0]!, { ...c.articles[1]!, site: null }],
      passages: [{ words: 6, text: 'vier Stunden', isWireCopy: true, occurrences: [{ articleId: A, start: 0, end: 10 }, { articleId: B, start: 0, end: 10 }] }],
    };
    const de = comparisonHtml(three, 'de');
    expect(de).toContain('<td>dpa: Das Treffen');
    expect(de).toContain('<td>Bericht 2: Sie sprachen');
    expect(de).not.toMatch(/<td>[AB]: /);
    expect(de).toContain(`<span class="wire">${legendWords('de').wireCopy}</span>`);
    expect(de).toMatch(/<p class="s paraphrase wire">Das Treffen/);
  });
  it('quotes the sentence of the partner report that carries a figure found elsewhere', () => {
    const elsewhere: Comparison = {
      ...c,
      articles: [c.articles[0]!, { ...c.articles[1]!, sentences: [...c.articles[1]!.sentences, { start: 11, end: 40, text: 'Es dauerte mehr als vier Stunden.', block: 1 }] }],
      pairs: [{
        ...c.pairs[0]!,
        reasons: [],
        differences: { ...noDiff, figures: [{ kind: 'same', elsewhere: true, qualifiersDiffer: true,
          a: { text: 'über vier Stunden', start: 2, end: 8, value: 4, unit: 'Stunden', qualifier: 'über', bound: 'more' },
          b: { text: 'mehr als vier Stunden', start: 22, end: 38, value: 4, unit: 'Stunden', qualifier: 'mehr als', bound: 'more' } }] },
      }],
    };
    const en = comparisonHtml(elsewhere, 'en');
    expect(en).toContain('<h3>Figures</h3><ul><li class="same">über vier Stunden ↔ mehr als vier Stunden <span class="kind">same figure, in another sentence of ntv · worded differently</span><span class="carrier">„Es dauerte mehr als vier Stunden.“</span></li></ul>');
  });
  it('lists the words one copy of a same-text pair has and the other lacks, as the panel does', () => {
    const wire: Comparison = {
      ...c,
      articles: [
        { ...c.articles[0]!, sentences: [{ start: 0, end: 60, text: 'Der Russe war im Berliner Tiergarten zu lebenslanger Haft verurteilt worden.', block: 0 }] },
        { ...c.articles[1]!, sentences: [{ start: 0, end: 50, text: 'Der Russe war zu lebenslanger Haft verurteilt worden.', block: 0 }] },
      ],
      pairs: [{ ...c.pairs[0]!, class: 'same', reasons: [{ kind: 'same-text' }] }],
    };
    expect(comparisonHtml(wire, 'de')).toContain('<h3>Wortlaut</h3><ul><li class="only-a"><span class="side">„im Berliner Tiergarten“</span> <span class="kind">nur im Satz von dpa</span></li></ul>');
    expect(comparisonHtml(wire, 'en')).toContain('<li class="only-a"><span class="side">„im Berliner Tiergarten“</span> <span class="kind">only in dpa’s sentence</span></li>');
  });
  it('lists the panel’s name, quote and date lines too: a name or a quotation one report alone gives, with its speaker', () => {
    const said: Comparison = {
      ...c,
      pairs: [{
        ...c.pairs[0]!,
        reasons: [],
        differences: {
          ...noDiff,
          names: [{ kind: 'only-a', entityId: 'person:lena-strobl' as never, a: 'Lena Strobl', b: null }, { kind: 'same', entityId: 'place:genf' as never, a: 'Genf', b: 'Genf' }],
          quotes: [
            { kind: 'only-b', a: null, b: { text: 'Wir bleiben', start: 0, end: 5, speaker: 'Lena Strobl' } },
            { kind: 'differs', a: { text: 'Es war lang', start: 0, end: 5, speaker: null }, b: { text: 'Es war sehr lang', start: 0, end: 5, speaker: 'Tom Berg' } },
          ],
          dates: [{ kind: 'only-a', a: { text: 'am Montag', date: '2024-11-04' }, b: null }],
        },
      }],
    };
    const en = comparisonHtml(said, 'en'), de = comparisonHtml(said, 'de');
    expect(en).toContain('<h3>Names</h3><ul><li class="only-a">Lena Strobl ↔ — <span class="kind">only in dpa’s sentence</span></li></ul>');
    expect(de).toContain('<h3>Namen</h3><ul><li class="only-a">Lena Strobl ↔ — <span class="kind">nur im Satz von dpa</span></li></ul>');
    expect(en).not.toContain('Genf');
    expect(en).toContain('<li class="only-b"><span class="side">„Wir bleiben“ — Lena Strobl</span> <span class="kind">only in ntv’s sentence</span></li>');
    expect(de).toContain('<li class="only-b"><span class="side">„Wir bleiben“ — Lena Strobl</span> <span class="kind">nur im Satz von ntv</span></li>');
    expect(en).toContain('<li class="differs"><span class="side">„Es war lang“ — speaker not named</span><span class="side">„Es war sehr lang“ — Tom Berg</span> <span class="kind">differs</span></li>');
    expect(de).toContain('<span class="side">„Es war lang“ — Sprecher nicht genannt</span>');
    // A date with the day it names, written as the UI writes dates.
    expect(de).toContain('<h3>Daten</h3><ul><li class="only-a">am Montag (4. Nov. 2024) ↔ — <span class="kind">nur im Satz von dpa</span></li></ul>');
    expect(en).toContain('am Montag (4 Nov 2024) ↔ —');
  });
  it('lists a source only one report of the pair cites, as the panel’s “Sources cited” line, and every cited source', () => {
    const cited: Comparison = {
      ...c,
      sources: [{ name: 'Reuters', articleIds: [B] }, { name: 'dpa', articleIds: [A, B] }],
      pairs: [{ ...c.pairs[0]!, differences: { ...noDiff, sources: [{ kind: 'only-b', name: 'Reuters' }, { kind: 'same', name: 'dpa' }] } }],
    };
    const en = comparisonHtml(cited, 'en'), de = comparisonHtml(cited, 'de');
    // A source both cite is a reason to join the pair (`source: dpa`), not a difference.
    expect(en).toContain('<h3>Sources cited</h3><ul><li class="only-b">Reuters <span class="kind">only in ntv’s sentence</span></li></ul>');
    expect(de).toContain('<h3>Zitierte Quellen</h3><ul><li class="only-b">Reuters <span class="kind">nur im Satz von ntv</span></li></ul>');
    expect(en).toContain('<h2>Sources the reports cite</h2><ul><li>Reuters <span class="kind">cited by ntv</span></li>');
    expect(de).toContain('<li>dpa <span class="kind">zitiert von dpa, ntv</span></li>');
  });
  it('says nothing differs in a pair as the panel does, and gives the panel and the export one set of lines', () => {
    const none: Comparison = { ...c, pairs: [{ ...c.pairs[0]!, reasons: [] }] };
    expect(comparisonHtml(none, 'en')).toContain('<p class="muted">Nothing differs in this pair.</p>');
    expect(comparisonHtml(none, 'de')).toContain('<p class="muted">In diesem Paar unterscheidet sich nichts.</p>');
    const ctx = { name: (id: string) => (id === A ? 'dpa' : 'ntv'), date: (v: string) => v };
    const p = { ...c.pairs[0]!, differences: { ...noDiff, sources: [{ kind: 'only-a' as const, name: 'AP' }] } };
    expect(pairLineGroups(c, p, legendWords('en'), ctx)).toEqual([{ what: 'sources', heading: 'Sources cited', paired: false, lines: [{ cls: 'only-a', a: 'AP', b: null, kind: 'only in dpa’s sentence' }] }]);
  });
  it('leaves out a figure or date both write alike, and keeps one worded otherwise', () => {
    const ctx = { name: (id: string) => (id === A ? 'dpa' : 'ntv'), date: (v: string) => v };
    const q = (text: string, value: number) => ({ text, start: 0, end: 1, value, unit: 'Personen', qualifier: null, bound: 'exact' as const });
    const p = { ...c.pairs[0]!, differences: { ...noDiff,
      figures: [{ kind: 'same' as const, a: q('13 Personen', 13), b: q('13 Personen', 13), qualifiersDiffer: false }],
      dates: [{ kind: 'same' as const, a: { text: 'am Freitag', date: '2025-04-11' }, b: { text: '11.04.2025', date: '2025-04-11' } }] } };
    const groups = pairLineGroups(c, p, legendWords('de'), ctx);
    expect(groups.map((g) => g.what)).toEqual(['dates']);
    expect(groups[0]!.lines).toEqual([{ cls: 'same', a: 'am Freitag (2025-04-11)', b: '11.04.2025 (2025-04-11)', kind: 'gleich' }]);
  });
  it('gives a screen reader one main and headings without a gap: the page, each report, each pair note’s kinds', () => {
    for (const lang of ['en', 'de']) {
      const html = comparisonHtml(c, lang);
      expect(html.match(/<main>/g)).toHaveLength(1);
      const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
      expect(levels[0]).toBe(1);
      expect(levels.filter((l, i) => i > 0 && l > levels[i - 1]! + 1)).toEqual([]);
      expect(levels.filter((l) => l === 2).length).toBeGreaterThan(c.articles.length);
    }
  });
});
