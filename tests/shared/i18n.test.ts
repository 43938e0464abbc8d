import { describe, expect, it } from 'vitest';
import { FURNITURE_LABELS } from '../../src/shared/api/extraction';
import { BOILERPLATE_PHRASES, STRONG_PHRASES } from '../../src/core/ingest/extract/rules';
import { notice, type Notice, type NoticeCode, type NoticeParams } from '../../src/shared/api/notices';
import { ERROR_CODES } from '../../src/shared/errors';
import { codedError, english, furnitureLabel, languageFromLocale, pickLanguage, say, sayError, words } from '../../src/shared/i18n';
import { englishWords, quotedData } from '../support/english';

/**
 * One example of every code core can say. Typed against `NoticeParams`, so a new code does
 * not compile until it has an example here, and so is walked by the tests below.
 */
const SAMPLES: { [C in NoticeCode]: NoticeParams[C] } = {
  'search.unclosed-quote': {},
  'search.unclosed-paren': {},
  'search.unmatched-paren': {},
  'search.or-needs-words': {},
  'search.filter-not-excludable': { filter: 'outlet' },
  'search.operator-needs-word': { operator: 'NOT' },
  'search.empty-phrase': {},
  'search.star-needs-letters': {},
  'search.too-many-words': { max: 64 },
  'search.prefix-too-short': { prefix: 'a*', min: 2 },
  'search.filter-needs-value': { filter: 'outlet' },
  'search.filter-not-a-date': { filter: 'from', value: 'gestern' },
  'search.unknown-has': { value: 'bananas' },
  'search.unknown-in': { value: 'space' },
  'search.query-cut': { max: 2000 },
  'search.exclusion-in-or': {},
  'search.nothing-to-search': {},
  'search.showing-every-report': {},
  'search.only-exclusions': {},
  'search.facets-estimated': { newest: 10000 },
  'search.ranked-newest': { newest: 1500, titles: true },
  'search.total-estimated': { total: 98765, newest: 10000 },
  'search.names-pending': {},
  'ingest.path-missing': { path: '/tmp/fehlt' },
  'ingest.link-missing': { path: '/tmp/verweis' },
  'ingest.link-loop': { path: '/tmp/kreis' },
  'ingest.no-permission': { path: '/root/x.txt' },
  'ingest.folder-empty': { path: '/tmp/leer' },
  'ingest.not-a-file': { path: '/dev/null' },
  'ingest.folder-unreadable': { path: '/root', detail: 'EACCES' },
  'ingest.file-unreadable': { name: 'a.txt', detail: 'EACCES' },
  'ingest.file-too-large': { name: 'gross.txt', megabytes: 200, limit: 32 },
  'ingest.file-empty': { name: 'leer.txt' },
  'ingest.file-blank': { name: 'leer.txt' },
  'ingest.file-binary': { name: 'bild.png', kind: 'png' },
  'ingest.file-nul-bytes': { name: 'x.bin' },
  'ingest.file-control-chars': { name: 'x.bin', count: 40 },
  'ingest.file-not-json': { name: 'x.json', detail: 'Unexpected end of JSON input' },
  'ingest.record-too-large': { name: 'x.jsonl', locator: 'line 3', limit: 8 },
  'ingest.record-not-json': { name: 'x.jsonl', locator: 'line 3', detail: 'Unexpected end of JSON input' },
  'ingest.record-cut': { name: 'x.jsonl', locator: 'line 3' },
  'ingest.file-cut': { name: 'x.json' },
  'ingest.record-not-object': { name: 'x.jsonl', locator: 'line 3' },
  'ingest.record-no-text': { name: 'x.jsonl', locator: 'item 2' },
  'ingest.extraction-failed': { name: 'x.txt', detail: 'timeout' },
  'ingest.store-failed': { name: 'x.txt', detail: 'SQLITE_FULL' },
  'ingest.timed-out': { name: 'x.jsonl', locator: 'line 9', seconds: 60 },
  'ingest.file-vanished': { name: 'x.txt' },
  'ingest.too-many-files': { count: 12345, limit: 10000 },
  'ingest.utf16-lines-too-large': { name: 'x.jsonl', megabytes: 40, limit: 32 },
  'ingest.out-of-memory': { name: 'x.html', locator: '', megabytes: 160 },
  'ingest.store-stopped': { cause: { code: 'store.disk-full', params: { path: '/tmp/x.sqlite', detail: 'database or disk is full' } }, kept: 3 },
  'extract.no-body': {},
  'extract.failed': { detail: 'boom' },
  'date.from-record': {},
  'date.stated-near-title': { text: '12. April 2025' },
  'date.header-line': { text: '2025-07' },
  'date.weekday-fixes-week': { word: 'Freitag', dateText: '11. April', weekday: 5 },
  'date.weekday-after': { word: 'Samstag', date: '2025-04-12' },
  'date.current-month': { phrase: 'Anfang des Monats', named: 'April', namedMonth: '2025-04' },
  'date.points-to': { month: '2025-05', header: '2025-07' },
  'library.no-article': { id: 'abc123', scope: 'library' },
  'library.no-saved-search': { id: 7 },
  'reextract.failed': { detail: 'boom' },
  'reextract.timed-out': { seconds: 60 },
  'reextract.out-of-memory': { megabytes: 160 },
  'version.not-new': { id: 'abc123abc123' },
  'version.undo-changed': {},
  'version.text-new-edited': {},
  'version.text-too-large': { max: 2000000 },
  'version.text-timed-out': { seconds: 3 },
  'version.text-unreadable': { detail: 'reextract.timed-out' },
  'version.no-conflict': { index: 0 },
  'correct.end-before-start': {},
  'correct.past-end': { mark: 'end', offset: 900, length: 800 },
  'edit.text-empty': {},
  'edit.text-too-long': { max: 2000000 },
  'edit.out-of-memory': { megabytes: 160 },
  'edit.timed-out': { seconds: 30 },
  'edit.title-invalid': { max: 1000 },
  'edit.date-invalid': { value: '"gestern"' },
  'edit.field-too-long': { field: 'author', max: 300 },
  'store.is-folder': { path: '/tmp/x' },
  'store.not-sqlite': { path: '/tmp/x.sqlite' },
  'store.other-program': { path: '/tmp/x.sqlite' },
  'store.disk-full': { path: '/tmp/x.sqlite', detail: 'database or disk is full' },
  'store.disk-failing': { path: '/tmp/x.sqlite', detail: 'disk I/O error' },
  'store.busy': { path: '/tmp/x.sqlite', seconds: 20 },
  'store.not-a-library': { path: '/tmp/x.sqlite', detail: 'file is not a database' },
  'store.damaged': { path: '/tmp/x.sqlite', detail: 'database disk image is malformed' },
  'store.rescue-exists': { path: '/tmp/x.rescued.sqlite' },
  'store.damaged-no-writes': { path: '/tmp/lib.sqlite' },
  'store.rescue-in-memory': {},
  'store.read-only': { path: '/tmp/x.sqlite', detail: 'attempt to write a readonly database' },
  'store.from-future': { path: '/tmp/x.sqlite', version: 99, known: 10 },
  'http.unreachable': { detail: 'Failed to fetch' },
  'http.body-not-json': {},
  'http.too-large': { limit: 1000, size: 2000 },
  'pdf.render-failed': { detail: 'boom' },
  'pdf.write-failed': { path: '/x.pdf', detail: 'EACCES' },
  'serve.not-built': { dir: '/out/renderer' },
  'serve.port-in-use': { port: 5316 },
  'serve.port-forbidden': { port: 80 },
  'serve.cannot-listen': { port: 5316, detail: 'EACCES' },
  'search.query-too-long': { length: 20000 },
  'query.unknown-sort': { scope: 'search', value: '"zufall"', allowed: ['relevance', 'date-desc'] },
  'query.limit-range': { scope: 'api', max: 5000 },
  'query.offset-negative': { scope: 'api' },
  'annotate.no-annotation': { id: 'u-1' },
  'annotate.range-past-end': { end: 900, length: 800 },
  'annotate.blank-range': {},
  'annotate.self-link': {},
  'annotate.link-same-report': {},
  'annotate.not-linked': { a: 'u-1', b: 'u-2' },
  'import.too-large': { megabytes: 50 },
  'import.not-json': { detail: 'Unexpected end of JSON input' },
  'import.not-annotations': {},
  'import.not-an-object': {},
  'import.id-not-urn': {},
  'import.id-not-uuid': {},
  'import.target-not-article': {},
  'import.no-quote': {},
  'import.no-article': { id: 'abc123' },
  'compare.too-few': { max: 4, got: 1 },
  'compare.too-many': { max: 4, got: 5 },
  'compare.same-twice': {},
  'compare.no-body': { id: 'abc123' },
  'entities.no-entity': { id: 'e-1' },
  'timeline.no-event': { id: '2025-04-11:1a2b' },
  'stories.no-story': { id: 'story:0123456789ab' },
  'entities.mixed-kinds': { a: 'place', b: 'person' },
  'entities.not-a-spelling': { spelling: 'Putin', name: 'Witkoff', names: ['Witkoff', 'Whitkoff'] },
  'entities.keep-one': {},
  'stored.text': { text: 'an older sentence' },
};
const ALL = Object.entries(SAMPLES).map(([code, params]) => ({ code, params }) as Notice);

describe('the catalogues', () => {
  it('word every code in English and German', () => {
    for (const n of ALL) {
      expect(say('en', n), n.code).not.toBe(n.code);
      expect(say('de', n), n.code).not.toBe(n.code);
    }
    expect(Object.keys(words('de').notices).sort()).toEqual(Object.keys(words('en').notices).sort());
  });

  it('say nothing in English in German (apart from what a notice quotes)', () => {
    for (const n of ALL) {
      if (n.code === 'stored.text') continue;
      expect(englishWords(say('de', n), quotedData(n)), `${n.code}: ${say('de', n)}`).toEqual([]);
    }
    for (const label of FURNITURE_LABELS) expect(englishWords(furnitureLabel('de', label)), label).toEqual([]);
    for (const code of ERROR_CODES) expect(englishWords(words('de').errors[code]), code).toEqual([]);
  });

  it('name every kind of furniture the extractor’s phrase tables label', () => {
    for (const label of [...Object.keys(BOILERPLATE_PHRASES), ...Object.keys(STRONG_PHRASES)]) {
      expect(FURNITURE_LABELS as readonly string[], label).toContain(label);
    }
  });

  it('write numbers the language’s way', () => {
    const n = notice('search.total-estimated', { total: 12345, newest: 10000 });
    expect(say('en', n)).toBe('≈ 12,345 matches, estimated from the newest 10,000');
    expect(say('de', n)).toBe('≈ 12.345 Treffer, geschätzt aus den neuesten 10.000');
    const big = notice('ingest.file-too-large', { name: 'a.txt', megabytes: 40.25, limit: 32 });
    expect(say('en', big)).toBe('ingest: "a.txt" is 40.3 MB; one article file may be at most 32 MB');
    expect(say('de', big)).toContain('40,3 MB');
  });

  it('word a code this version does not know as the code, and an unknown furniture label as "other"', () => {
    expect(say('de', { code: 'future.thing', params: {} } as unknown as Notice)).toBe('future.thing');
    expect(furnitureLabel('de', 'wallpaper')).toBe('Sonstiges');
    expect(furnitureLabel('en', undefined)).toBe('other');
  });
});

describe('errors', () => {
  it('carry their notice: English message, German words', () => {
    const e = codedError('BAD_INPUT', notice('compare.same-twice'));
    expect(e.message).toBe('compare: the same article is given twice');
    expect(e.messageCoded).toEqual({ code: 'compare.same-twice', params: {} });
    expect(sayError('de', e)).toBe('Derselbe Bericht ist zweimal gewählt');
    expect(english(e.messageCoded!)).toBe(e.message);
  });

  it('without a notice: the message in English, what the kind means in German', () => {
    const e = { code: 'BAD_INPUT' as const, message: 'api: limit must be a whole number from 1 to 5000' };
    expect(sayError('en', e)).toBe(e.message);
    expect(sayError('de', e)).toBe('Die Anfrage war ungültig.');
  });
});

describe('languages', () => {
  it('read the locale variables in POSIX order: LC_ALL, LC_MESSAGES, LANG', () => {
    expect(languageFromLocale({ LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(languageFromLocale({ LANG: 'de_AT' })).toBe('de');
    expect(languageFromLocale({ LC_ALL: 'C', LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(languageFromLocale({ LC_ALL: '', LC_MESSAGES: 'de_CH.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('de');
    expect(languageFromLocale({ LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(languageFromLocale({})).toBe('en');
  });

  it('pick a shipped language from BCP 47 tags', () => {
    expect(pickLanguage(['fr-FR', 'de-AT'])).toBe('de');
    expect(pickLanguage(['fr'])).toBe('en');
  });
});
