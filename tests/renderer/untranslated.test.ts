import { describe, expect, it } from 'vitest';
import { de } from '../../src/renderer/src/lib/i18n/de';
import { en } from '../../src/renderer/src/lib/i18n/en';
import { words } from '../../src/shared/i18n';
import { legendWords } from '../../src/shared/compare-legend';
import { annotationExportWords } from '../../src/shared/annotation-export-words';
import { reextractChangeWords } from '../../src/shared/reextract-words';
import { cliWords } from '../../src/cli/words';
import { helpText } from '../../src/cli/help';

/**
 * Checks over every German message at once, so a German UI, command line and export show no
 * English and name one thing one way: the window's catalogue, what core says, the command
 * line's words and help, and the words of the compare and annotation exports.
 */

/** A value any wording function can be called with: reads as a number, a string, a list or an object of them. */
function probe(): unknown {
  return new Proxy(() => probe(), {
    get(_t, p) {
      if (p === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? 2 : 'X');
      if (p === 'length') return 2;
      if (p === Symbol.iterator) return function* () { yield 'X'; yield 'Y'; };
      if (p === 'then') return undefined;
      return probe();
    },
  });
}

type Entry = { path: string; en: string; de: string };

/** Every string of two catalogues side by side; a wording function is called with each key its English source names, and with probes. */
function entries(a: unknown, b: unknown, path: string, out: Entry[] = []): Entry[] {
  if (typeof a === 'string') out.push({ path, en: a, de: String(b) });
  else if (typeof a === 'function' && typeof b === 'function') {
    // A wording of a kind (`colorName('yellow')`): every kind the English function names.
    const kinds = new Set([...a.toString().matchAll(/(?:'([\w-]+)'|\b([a-zA-Z]\w*))\s*:|===\s*'([\w-]+)'/g)].map((m) => m[1] ?? m[2] ?? m[3]!));
    for (const k of kinds) {
      try {
        out.push({ path: `${path}(${k})`, en: String(a(k)), de: String(b(k)) });
      } catch {
        // Not a kind this function takes.
      }
    }
    for (const args of [[2, 2, 2, 2, 2], ['X', 'X', 'X', 'X'], [probe(), probe(), probe(), probe()]]) {
      try {
        out.push({ path, en: String(a(...args)), de: String(b(...args)) });
        break;
      } catch {
        // Another kind of parameters.
      }
    }
  } else if (a && typeof a === 'object') for (const k of Object.keys(a)) entries((a as Record<string, unknown>)[k], (b as Record<string, unknown>)?.[k], `${path}.${k}`, out);
  return out;
}

const ALL: Entry[] = [
  ...entries(en, de, 'ui'),
  ...entries(words('en'), words('de'), 'core'),
  ...entries(cliWords('en'), cliWords('de'), 'cli'),
  ...entries(legendWords('en'), legendWords('de'), 'legend'),
  ...entries(annotationExportWords('en'), annotationExportWords('de'), 'export'),
  ...entries(reextractChangeWords('en'), reextractChangeWords('de'), 'reextract'),
  { path: 'help', en: helpText('en', '1.0'), de: helpText('de', '1.0') },
];

/** Words German writes as English does: names, formats, and German words spelt alike. */
const SAME_IN_GERMAN = new Set(['Parallax', 'System', 'Sepia', 'Text', 'Name (optional)', 'Format', 'HTML', 'Markdown', 'Normal', 'Organisation', 'JSON-LD (W3C Web Annotation)', '⌘', '⇧', 'Esc']);

/** What is left of a text without its data: probes, numbers, punctuation and space. */
const wordsOf = (s: string) => s.replace(/\bX\b|\bY\b|\bundefined\b|[\d\s\p{P}\p{S}]/gu, '');

describe('German catalogues', () => {
  it('read all of them (the check reaches the catalogues it names)', () => {
    expect(ALL.filter((e) => e.path.startsWith('cli.')).length).toBeGreaterThan(50);
    expect(ALL.filter((e) => e.path.startsWith('core.notices')).length).toBeGreaterThan(100);
    expect(ALL.filter((e) => e.path.startsWith('ui.')).length).toBeGreaterThan(400);
  });

  it('every German message differs from the English one, unless it is a word German spells alike', () => {
    const same = ALL.filter((e) => e.en === e.de && wordsOf(e.en) !== '' && e.en !== 'null' && !SAME_IN_GERMAN.has(e.en)).map((e) => `${e.path}: ${e.en}`);
    expect(same).toEqual([]);
  });

  it('names keys as a German keyboard does (Strg, Eingabetaste), not Ctrl or Enter', () => {
    const english = ALL.filter((e) => /\b(Ctrl|Enter|Escape|Space|Backspace|Delete)\b/.test(e.de)).map((e) => `${e.path}: ${e.de}`);
    expect(english).toEqual([]);
  });

  it('names one thing one way: a report is a "Bericht", making it again "neu extrahieren"', () => {
    // "Artikel" is the text on a page as opposed to the page around it (where it begins or ends, its file), not what the library holds.
    const ARTICLE_ON_THE_PAGE = /^(ui\.(markLabel|markHint|removedHint)|core\.notices\.correct\.end-before-start)\b/;
    const mixed = ALL.filter(
      (e) => (/\bArtikel(n|s|kennung(en)?)?\b/.test(e.de) && !ARTICLE_ON_THE_PAGE.test(e.path)) || /\b(erneut|neu) aus(ge)?les|\bauslesen\b/i.test(e.de) && !/Speicher ausgelesen/.test(e.de),
    );
    expect(mixed.map((e) => `${e.path}: ${e.de.length > 200 ? e.de.split('\n').filter((l) => /Artikel|auslesen|ausgelesen/.test(l)).join(' / ') : e.de}`)).toEqual([]);
  });
});

describe('a button and the dialog it opens', () => {
  it('have one name: the button is the dialog’s title with an ellipsis ("Text hinzufügen…" opens "Text hinzufügen")', () => {
    for (const m of [en, de] as Record<string, unknown>[]) {
      for (const [key, value] of Object.entries(m)) {
        const title = m[`${key}Title`];
        // A `…Title` that ends with an ellipsis itself is the button's tool tip (it says more), not a dialog's title.
        if (typeof value !== 'string' || !value.endsWith('…') || typeof title !== 'string' || title.endsWith('…')) continue;
        expect(value, key).toBe(`${title}…`);
      }
    }
  });

  it('a message that names a button, in parentheses, names one the window has', () => {
    for (const m of [en, de] as Record<string, unknown>[]) {
      const labels = new Set(Object.values(m).filter((v): v is string => typeof v === 'string' && v.endsWith('…')));
      for (const [key, value] of Object.entries(m)) {
        if (typeof value !== 'string') continue;
        for (const [, cited] of value.matchAll(/\((\p{Lu}[^(),]*…)/gu)) expect(labels.has(cited!), `${key} names "${cited}"`).toBe(true);
      }
    }
  });
});
