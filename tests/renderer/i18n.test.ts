import { describe, expect, it } from 'vitest';
import { de } from '../../src/renderer/src/lib/i18n/de';
import { en } from '../../src/renderer/src/lib/i18n/en';
import { formatPartialDate } from '../../src/renderer/src/lib/i18n/dates';
import { forPerson, I18n, pickLanguage } from '../../src/renderer/src/lib/i18n/i18n.svelte';
import { notice } from '../../src/shared/api/notices';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

describe('catalogues', () => {
  it('German has exactly the English keys, with the same kinds of value', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(typeof de[key], key).toBe(typeof en[key]);
  });
});

describe('wording', () => {
  it('names saved searches the same everywhere (not "Gespeicherte" in the sidebar and "Gesicherte" below it)', () => {
    for (const m of [en, de]) {
      const term = m.savedSearches;
      // The noun as the term writes it (German nouns are capitalised; the verb "suchen" is not).
      const noun = term.split(' ').at(-1)!;
      for (const [key, value] of Object.entries(m)) {
        if (typeof value !== 'string') continue;
        for (const [phrase] of value.matchAll(new RegExp(`\\p{L}+ ${noun}\\b`, 'gu'))) {
          expect(phrase.toLowerCase(), `${key}: "${value}"`).toBe(term.toLowerCase());
        }
      }
    }
  });
});

describe('pickLanguage', () => {
  it('takes the first supported base language, else English', () => {
    expect(pickLanguage(['de-AT', 'en'])).toBe('de');
    expect(pickLanguage(['fr-FR', 'en-GB'])).toBe('en');
    expect(pickLanguage(['fr'])).toBe('en');
  });
});

describe('I18n', () => {
  it('remembers a chosen language over the browser language', () => {
    const storage = memoryStorage();
    const a = new I18n(storage, ['en-US']);
    expect(a.m.viewAll).toBe('All reports');
    a.setLang('de');
    expect(a.m.viewAll).toBe('Alle Berichte');
    expect(new I18n(storage, ['en-US']).lang).toBe('de');
  });
});

describe('I18n.date', () => {
  it('uses the browser locale of the UI language for dates', () => {
    expect(new I18n(null, ['en-GB']).date('2025-04-12')).toBe('12 Apr 2025');
    expect(new I18n(null, ['en-US']).date('2025-04-12')).toBe('Apr 12, 2025');
    const i18n = new I18n(null, ['en-GB', 'de-CH']);
    i18n.setLang('de');
    expect(i18n.locale).toBe('de-CH');
  });
});

describe('formatPartialDate', () => {
  it('keeps the precision the source states', () => {
    expect(formatPartialDate('2025', 'en-GB')).toBe('2025');
    expect(formatPartialDate('2025-07', 'en-GB')).toBe('July 2025');
    expect(formatPartialDate('2025-07', 'de')).toBe('Juli 2025');
    expect(formatPartialDate('2025-04-12', 'en-GB')).toBe('12 Apr 2025');
    expect(formatPartialDate('2025-04-12', 'de')).toBe('12. Apr. 2025');
    expect(formatPartialDate('2025-11-19T09:47', 'de')).toContain('09:47');
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatPartialDate('Ende Oktober', 'de')).toBe('Ende Oktober');
  });
});

describe('what core says, in the app', () => {
  it('drops the module tag of an English message (the command line keeps it) and starts with a capital', () => {
    const i18n = new I18n(memoryStorage(), ['en-GB']);
    expect(i18n.say(notice('ingest.file-empty', { name: 'leer.txt' }))).toBe('"leer.txt" is empty');
    expect(i18n.error({ name: 'ApiError', code: 'NOT_FOUND', message: 'library: no article with id "x"' })).toBe('No article with id "x"');
    // Only a tag: a sentence with a colon further on, or of two words before it, stays as it is.
    expect(forPerson('unclosed quote: read as a phrase to the end')).toBe('unclosed quote: read as a phrase to the end');
    expect(forPerson('Quelle: dpa')).toBe('Quelle: dpa');
    // A search filter's name is the notice's subject, not a module.
    expect(i18n.say(notice('search.filter-needs-value', { filter: 'outlet' }))).toBe('outlet: needs a value: ignored');
    i18n.setLang('de');
    expect(i18n.say(notice('ingest.file-empty', { name: 'leer.txt' }))).toBe('„leer.txt“ ist leer');
  });

  it('says, when the browser host stopped, what happened and what to do, without the browser’s English', () => {
    const lost = notice('http.unreachable', { detail: 'Failed to fetch' });
    const i18n = new I18n(memoryStorage(), ['de-DE']);
    expect(i18n.say(lost)).toBe('Parallax ist nicht erreichbar: Das Programm, das diese Seite bereitstellt (parallax serve oder npm start), läuft nicht mehr. Starten Sie es erneut und öffnen Sie die Adresse, die es ausgibt');
    i18n.setLang('en');
    expect(i18n.say(lost)).toBe('Parallax cannot be reached: the program that serves this page (parallax serve, or npm start) is no longer running. Start it again and open the address it prints');
  });

  it('leaves a file name at the start as it is written (halb.jsonl, not Halb.jsonl)', () => {
    const i18n = new I18n(memoryStorage(), ['en-GB']);
    expect(i18n.say(notice('ingest.record-no-text', { name: 'halb.jsonl', locator: 'line 3' }))).toBe('halb.jsonl line 3: no "text" or "body" field with text');
    expect(forPerson('ingest: export/2025.jsonl line 2: not a JSON object')).toBe('export/2025.jsonl line 2: not a JSON object');
    expect(forPerson('library: no article with id "x"')).toBe('No article with id "x"');
  });

  it('says that a half-written JSON Lines record breaks off and what to do, in German without the JSON engine’s English', () => {
    const i18n = new I18n(memoryStorage(), ['de-DE']);
    const cut = i18n.say(notice('ingest.record-cut', { name: 'halb.jsonl', locator: 'line 3' }));
    expect(cut).toBe('halb.jsonl, Zeile 3: der Datensatz bricht ab, bevor sein JSON endet (die Datei ist abgeschnitten oder wird noch geschrieben); importieren Sie die Datei erneut, wenn sie vollständig ist');
    const bad = notice('ingest.record-not-json', { name: 'gemischt.jsonl', locator: 'line 2', detail: `Unexpected token 'i', "nicht json" is not valid JSON` });
    expect(i18n.say(bad)).toBe('gemischt.jsonl, Zeile 2: kein gültiges JSON');
    const at = notice('ingest.record-not-json', { name: 'a.jsonl', locator: 'line 4', detail: 'Expected double-quoted property name in JSON at position 12 (line 1 column 13)' });
    expect(i18n.say(at)).toBe('a.jsonl, Zeile 4: kein gültiges JSON (Fehler bei Zeichen 13)');
    i18n.setLang('en');
    expect(i18n.say(notice('ingest.record-cut', { name: 'halb.jsonl', locator: 'line 3' }))).toMatch(/^halb\.jsonl line 3: the record breaks off .*import the file again once it is complete$/);
  });
});
