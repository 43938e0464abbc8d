import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLibrary } from '../../src/core/library';
import { createParallaxService } from '../../src/core/service';
import type { WriteDb } from '../../src/core/store/db';
import type { ArticleId, Notice, ParallaxApi } from '../../src/shared/api';
import { isApiError } from '../../src/shared/errors';
import { furnitureLabel, say, sayError } from '../../src/shared/i18n';
import { englishWords, quotedData } from '../support/english';
import { ROOT, SEEDS, tempDir } from '../support/temp';

/**
 * A German person's walk through everything core says: search notices, the reader's folded
 * page furniture, date evidence, ingest skip reasons and warnings, refused requests, the
 * command line under LANG=de_DE.UTF-8, and the compare HTML export. Each text must hold no
 * English beyond the data it quotes (file names, query text, report text, system messages).
 */

const tmp = tempDir();
let db: WriteDb;
let api: ParallaxApi;
let ids: ArticleId[];

beforeAll(async () => {
  db = await openLibrary({ path: join(tmp.dir, 'lib.sqlite'), seedDir: SEEDS });
  api = createParallaxService({ db, emit: () => {}, host: 'test', libraryPath: 'x', version: '0' });
  ids = (await api.listArticles({})).items.map((a) => a.id);
});
afterAll(() => {
  db.close();
  tmp.cleanup();
});

const BIN = join(ROOT, 'bin/parallax.mjs');
const GERMAN_ENV = { ...process.env, LANG: 'de_DE.UTF-8', LC_ALL: '', LC_MESSAGES: '' };

/** The command line run as a German person runs it, on the library `lib`. */
function germanCli(lib: string) {
  return (args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args, '--library', lib], { encoding: 'utf8', env: GERMAN_ENV });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
}

const german = (n: Notice) => ({ text: say('de', n), english: englishWords(say('de', n), quotedData(n)) });

/** Files and lines a person drops by mistake, each skipped or warned about for its own reason. */
function badInputs(): string[] {
  const dir = join(tmp.dir, 'fehlerhaft');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'leer.txt'), '');
  writeFileSync(join(dir, 'nur-leerraum.txt'), '   \n\n  ');
  writeFileSync(join(dir, 'bild.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  // A menu and nothing else: added, with a warning that no article text was found.
  writeFileSync(join(dir, 'menue.txt'), 'Home\nWorld\nSport\nContact');
  writeFileSync(join(dir, 'daten.jsonl'), '{"title":"ohne Text"}\n[1,2]\n{"text":"Ein Bericht mit Text.\\n\\nUnd einem zweiten Absatz."}\n');
  return [dir, join(tmp.dir, 'gibt-es-nicht')];
}

describe('core in German', () => {
  it('search notices', async () => {
    const queries = ['"vier Stunden', 'outlet:', 'Krieg OR', 'Krieg NOT', '(Krieg', 'Krieg)', '""', '*', 'a*', 'from:gestern', 'has:bananas', 'in:space', 'Krieg -outlet:ntv.de', 'Krieg OR -Frieden', '-Krieg', '  '];
    const seen = new Set<string>();
    for (const q of queries) {
      const page = await api.searchArticles({ q });
      for (const n of page.noticesCoded) {
        seen.add(n.code);
        expect(german(n).english, german(n).text).toEqual([]);
      }
    }
    // The walk really met the notices: every malformed query said something.
    expect(seen.size).toBeGreaterThanOrEqual(12);
  });

  it('the reader’s folded page furniture and the date evidence of the seed reports', async () => {
    let labels = 0;
    let evidence = 0;
    for (const id of ids) {
      const a = await api.getArticle(id);
      for (const b of a.blocks.filter((x) => x.region === 'boilerplate')) {
        labels++;
        expect(englishWords(furnitureLabel('de', b.label)), b.label).toEqual([]);
      }
      for (const n of a.dateEvidenceCoded) {
        evidence++;
        expect(german(n).english, german(n).text).toEqual([]);
      }
    }
    expect(labels).toBeGreaterThan(0);
    expect(evidence).toBeGreaterThan(0);
  });

  it('ingest: skip reasons and warnings', async () => {
    const r = await api.ingestPaths(badInputs());
    const said = [...r.skipped.map((s) => s.reasonCoded), ...r.warnings.map((w) => w.messageCoded)];
    expect(new Set(said.map((n) => n.code))).toEqual(
      new Set(['ingest.path-missing', 'ingest.file-empty', 'ingest.file-blank', 'ingest.file-binary', 'ingest.record-no-text', 'ingest.record-not-object', 'extract.no-body']),
    );
    for (const n of said) expect(german(n).english, german(n).text).toEqual([]);
  });

  it('refused requests', async () => {
    const refusals = [() => api.compareArticles([ids[0]!]), () => api.compareArticles([ids[0]!, ids[0]!]), () => api.getArticle('0123456789ab' as ArticleId), () => api.deleteSavedSearch(4711)];
    for (const call of refusals) {
      const e = await call().then(
        () => null,
        (x: unknown) => x,
      );
      expect(isApiError(e)).toBe(true);
      if (!isApiError(e)) continue;
      expect(e.messageCoded).toBeDefined();
      expect(englishWords(sayError('de', e), quotedData(e.messageCoded!)), sayError('de', e)).toEqual([]);
    }
  });
});

describe('the command line with LANG=de_DE.UTF-8', () => {
  const run = germanCli(join(tmp.dir, 'cli.sqlite'));

  it('ingest: the report, skip reasons and warnings', () => {
    const paths = badInputs();
    const r = run(['ingest', ...paths]);
    expect(r.out).toMatch(/^Hinzugefügt \d+, schon vorhanden \d+, übersprungen 6 \(/);
    expect(r.out).toMatch(/Hinweis menue\.txt: Kein Artikeltext gefunden/);
    const data = [...paths, 'leer.txt', 'nur-leerraum.txt', 'bild.png', 'menue.txt', 'daten.jsonl'];
    expect(englishWords(r.out, data), r.out).toEqual([]);
  });

  it('search: notes on how the query was read, and no match', () => {
    const r = run(['search', '"zyxw', 'outlet:', 'has:bananas']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Hinweis: Anführungszeichen nicht geschlossen');
    expect(r.out).toContain('Kein Bericht passt.');
    expect(englishWords(r.out, ['zyxw', 'bananas']), r.out).toEqual([]);
  });

  it('search results and an article’s frame', () => {
    const found = run(['search', 'Witkoff', '--limit', '1']).out.split('\n');
    const at = found.findIndex((l) => /^\d+ Berichte \(/.test(l));
    expect(at).toBeGreaterThanOrEqual(0);
    const head = found.slice(0, at + 1).join('\n');
    const id = found[at + 2]!.split(' ')[0]!;
    const shown = run(['show', id]).out.trim().split('\n');
    const footer = shown[shown.length - 1]!;
    expect(footer).toMatch(/Wörter/);
    expect(englishWords(head + '\n' + footer, [id, 'Witkoff', 'Whitkoff'])).toEqual([]);
  });

  it('errors, from core and from the command line itself', () => {
    // `compare`'s own usage lines are the Compare branch's (issue 14); add them here once it lands.
    const errors = [run(['show', 'zzzz']), run(['search']), run(['show', '0123456789ab']), run(['reextract']), run(['list', '--limit', '0']), run(['search', 'Witkoff', '--sort', 'zufall'])];
    for (const r of errors) {
      expect(r.code).not.toBe(0);
      expect(r.err).toMatch(/^parallax: /);
      expect(englishWords(r.err.replace(/\(see parallax --help\)/, ''), ['zzzz', '0123456789ab', 'zufall', 'relevance', 'date-desc', 'date-asc']), r.err).toEqual([]);
    }
  });
});

describe('the compare commands with LANG=de_DE.UTF-8', () => {
  const run = germanCli(join(tmp.dir, 'cli-compare.sqlite'));
  /** Every text a JSON answer quotes from the reports (its string leaves), not the words Parallax adds. */
  const quoted = (json: string): string[] => {
    const out: string[] = [];
    const walk = (v: unknown, key = ''): void => {
      if (typeof v === 'string') {
        if (!['kind', 'class', 'what', 'act', 'en'].includes(key)) out.push(v);
      } else if (typeof v === 'number') out.push(String(v));
      else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
    };
    walk(JSON.parse(json));
    return out;
  };

  it('a comparison, the timeline, the names and the stories', () => {
    const listed = run(['list', '--json']);
    const first = (JSON.parse(listed.out) as { items: { id: string }[] }).items.slice(0, 2).map((a) => a.id);
    for (const [command, args] of [['compare', first], ['timeline', []], ['entities', []], ['stories', []]] as const) {
      const text = run([command, ...args]);
      expect(text.code, text.err).toBe(0);
      const json = run([command, ...args, '--json']);
      expect(englishWords(text.out + text.err, quoted(json.out)), `${command}: ${text.out.slice(0, 1500)}`).toEqual([]);
    }
    expect(run(['compare', ...first]).out).toContain('Verbundene Sätze');
    expect(run(['stories']).out).toMatch(/— \d+ Berichte/);
  });

  it('the help', () => {
    const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8', env: GERMAN_ENV }).stdout;
    expect(help).toContain('Befehle');
    // Command names, option values and formats are the command's syntax, not words.
    const commands = ['ingest', 'list', 'show', 'extract', 'reextract', 'annotations', 'export', 'import', 'search', 'suggest', 'compare', 'timeline', 'entities', 'stories', 'serve'];
    const syntax = ['$PARALLAX_LIBRARY', 'JSON Lines', 'Markdown', 'W3C Web Annotation', 'published-desc', 'published-asc', 'added-desc', 'title-asc', 'date-desc', 'date-asc', 'md|csv|jsonld'];
    expect(englishWords(help, [...syntax, ...commands.map((c) => `${c} `), ...commands.map((c) => `${c},`)])).toEqual([]);
  });

  it('their errors', () => {
    const errors = [run(['compare']), run(['compare', 'a', 'b', 'c', 'd', 'e']), run(['compare', 'a', 'b', '--format', 'pdf']), run(['extract']), run(['extract', join(tmp.dir, 'fehlt.txt')]), run(['annotations', 'import']), run(['annotations', 'export', '--format', 'xls']), run(['annotations'])];
    for (const r of errors) {
      expect(r.code).not.toBe(0);
      expect(r.err).toMatch(/^parallax: /);
      expect(englishWords(r.err.replace(/\(see parallax --help\)/, ''), [join(tmp.dir, 'fehlt.txt'), 'ENOENT', 'md, csv, jsonld', 'pdf', 'xls']), r.err).toEqual([]);
    }
  });
});

describe('the compare HTML export in German', () => {
  it('holds no English outside the reports it quotes', async () => {
    const file = await api.exportComparison(ids.slice(0, 2), 'html', 'de');
    const text = file.content
      .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z]+;|&#\d+;/g, ' ');
    const quoted = await Promise.all(ids.slice(0, 2).map(async (id) => (await api.getArticle(id)).text));
    const english = englishWords(text).filter((w) => !quoted.some((q) => new RegExp(`\\b${w}\\b`, 'i').test(q)));
    expect(english, text.replace(/\s+/g, ' ').slice(0, 2000)).toEqual([]);
    // The legend is the app's, in German.
    expect(text).toContain('gleicher Text');
  });
});

describe('the files the exports offer, for a German person', () => {
  it('are named in German: the comparison and the annotations in Markdown (data formats keep their names)', async () => {
    expect((await api.exportComparison(ids.slice(0, 2), 'html', 'de')).filename).toBe(`parallax-vergleich-${ids[0]!.slice(0, 6)}-${ids[1]!.slice(0, 6)}.html`);
    expect((await api.exportAnnotations({ format: 'md', lang: 'de' })).filename).toBe('parallax-anmerkungen.md');
    expect((await api.exportAnnotations({ format: 'md', articleId: ids[0]!, lang: 'de' })).filename).toMatch(/-anmerkungen\.md$/);
    expect((await api.exportAnnotations({ format: 'jsonld' })).filename).toBe('parallax-annotations.jsonld');
    expect((await api.exportAnnotations({ format: 'md', lang: 'en' })).filename).toBe('parallax-annotations.md');
  });

  it('the command line’s HTML comparison is worded in German, as the window’s is', () => {
    const run = germanCli(join(tmp.dir, 'cli-compare-html.sqlite'));
    const first = (JSON.parse(run(['list', '--json']).out) as { items: { id: string }[] }).items.slice(0, 2).map((a) => a.id);
    const html = run(['compare', ...first, '--format', 'html']);
    expect(html.code, html.err).toBe(0);
    expect(html.out).toContain('gleicher Text');
    expect(html.out).not.toContain('same text');
  });
});
