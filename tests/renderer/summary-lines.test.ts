import { describe, expect, it } from 'vitest';
import { fileLine, type SummaryLine } from '../../src/renderer/src/components/ingest/summary-lines';
import { I18n, lineStart } from '../../src/renderer/src/lib/i18n/i18n.svelte';
import { notice, type Notice } from '../../src/shared/api/notices';
import { en } from '../../src/renderer/src/lib/i18n/en';
import { de } from '../../src/renderer/src/lib/i18n/de';

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
}

/** The line as a person reads it (the summary sets the name off, the words are these). */
const read = (l: SummaryLine) => (l.kind === 'inline' ? `${l.before}${l.name}${l.after}` : `${l.name} — ${l.detail}`);

describe('the import summary names a skipped file once', () => {
  const i18n = new I18n(memoryStorage(), ['en-GB']);
  const say = (lang: 'en' | 'de', n: Notice) => {
    i18n.setLang(lang);
    return i18n.say(n);
  };

  it('a whole file’s reason is the line, its name where the sentence has it (en, de)', () => {
    const empty = notice('ingest.file-empty', { name: 'leer.txt' });
    expect(read(fileLine('leer.txt', say('en', empty)))).toBe('leer.txt is empty');
    expect(read(fileLine('leer.txt', say('de', empty)))).toBe('leer.txt ist leer');
    const unreadable = notice('ingest.file-unreadable', { name: 'a.txt', detail: 'EIO' });
    const line = fileLine('a.txt', say('en', unreadable));
    expect(read(line)).toBe('Cannot read a.txt (EIO)');
    expect(read(line).split('a.txt')).toHaveLength(2);
    expect(read(fileLine('a.txt', say('de', unreadable))).split('a.txt')).toHaveLength(2);
  });

  it('a record’s reason follows its file’s name with its place, once (en, de)', () => {
    const cut = notice('ingest.record-cut', { name: 'halb.jsonl', locator: 'line 3' });
    for (const lang of ['en', 'de'] as const) {
      const line = fileLine('halb.jsonl', say(lang, cut));
      expect(line.kind).toBe('after');
      expect(read(line).split('halb.jsonl')).toHaveLength(2);
    }
  });

  it('a reason that does not name the file follows its name after a dash', () => {
    expect(read(fileLine('x.html', 'No article body found'))).toBe('x.html — No article body found');
  });
});

describe('a warning of several reports starts its line with a capital', () => {
  it('in English and German; a file’s name is written as it is', () => {
    const i18n = new I18n(memoryStorage(), ['en-GB']);
    const body = i18n.say(notice('extract.no-body'));
    expect(en.warningTimes(lineStart(body), 3)).toBe('No article body found (3 reports)');
    i18n.setLang('de');
    expect(de.warningTimes(lineStart(i18n.say(notice('extract.no-body'))), 3)).toMatch(/^[A-ZÄÖÜ]/);
    expect(lineStart('halb.jsonl line 3: not a JSON object')).toBe('halb.jsonl line 3: not a JSON object');
  });
});
