/**
 * `npm run eval:dates [-- --verbose]`: the publication-date reader on the two public benchmarks.
 * The readability set has gold dates (24 pages). The web set has none, so a silver check stands
 * in: a page whose address holds a day (`/2019/06/19/`, `2020-02-19`, `_20191031`) is dated by
 * it — the page's text never holds its address, so this is how a page without metadata reads.
 * An address date is a CMS's creation day, so a day or two off is counted apart, not as wrong.
 * See README.md here.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/core/ingest/extract/index';
import { loadPages, type Page } from '../../scripts/train-extract/data';
import { dayNumber } from '../../src/core/ingest/dates/calendar';

/** The day an address states, or null. */
export function urlDay(url: string): string | null {
  const path = url.replace(/^https?:\/\/[^/]+/i, '');
  const m = /\/((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?=[/_.-]|$)/.exec(path) ?? /[/_-]((?:19|20)\d\d)(\d\d)(\d\d)(?=[/_.-]|$)/.exec(path);
  if (!m) return null;
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

type Verdict = 'same day' | 'within 2 days' | 'none' | 'month only' | 'wrong';

function verdict(ours: string | null, gold: string): Verdict {
  if (!ours) return 'none';
  if (ours.length < 10) return ours === gold.slice(0, ours.length) ? 'month only' : 'wrong';
  if (ours.slice(0, 10) === gold) return 'same day';
  return Math.abs(dayNumber(ours.slice(0, 10))! - dayNumber(gold)!) <= 2 ? 'within 2 days' : 'wrong';
}

function line(p: Page, gold: string, x: ReturnType<typeof extract>, v: Verdict): string {
  return `${p.id.padEnd(20)} ${gold} ${String(x.published ?? '-').padEnd(16)} ${v.padEnd(13)} ${x.publishedSource ?? '-'} ${x.dateEvidence.join('; ').slice(0, 120)}`;
}

/**
 * A hand label: the published day the page prints, or null where it prints none of its own; the
 * writer it names (`author`: null where it names none, undefined where not labelled).
 */
interface Label { id: string; day: string | null; url: string; form: string; author?: string | null }

export function readLabels(file: string): Label[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => {
    const [id, day, url, form, author] = l.split('\t');
    return { id: id!, day: day === 'none' ? null : day!, url: url ?? '', form: form ?? '', author: author ? (author === 'none' ? null : author) : undefined };
  });
}

/**
 * The seeded half a page falls in: `build` pages were read while the reader was changed,
 * `check` pages only scored, so a change is judged on pages it was not grown around.
 */
export function half(id: string): 'build' | 'check' {
  return createHash('sha1').update('dates-split-2026:' + id).digest()[0]! & 1 ? 'check' : 'build';
}

type LabelVerdict = Verdict | 'none, right' | 'a date, none printed';

function labelVerdict(ours: string | null, gold: string | null): LabelVerdict {
  if (gold) return verdict(ours, gold);
  return ours ? 'a date, none printed' : 'none, right';
}

/** The readability scorer's author rule: either name holds the other, after folding case and punctuation. */
const normA = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
type AuthorVerdict = 'right' | 'none' | 'wrong' | 'none, right' | 'a name, none printed';
function authorVerdict(ours: string | null, gold: string | null): AuthorVerdict {
  const o = ours ? normA(ours) : '';
  if (!gold) return o ? 'a name, none printed' : 'none, right';
  if (!o) return 'none';
  const g = normA(gold);
  return o.includes(g) || g.includes(o) ? 'right' : 'wrong';
}

/** The hand-labelled web pages (`web-labels.tsv`), per half; `--per-page FILE` writes 1/0 per page. */
function scoreLabels(root: string, pages: Page[], args: string[]): void {
  const labels = readLabels(join(root, 'eval', 'dates', 'web-labels.tsv'));
  const byId = new Map(pages.map((p) => [p.id, p]));
  const perPage: Record<string, { half: string; right: number; verdict: string; author?: number }> = {};
  const only = args.includes('--half') ? args[args.indexOf('--half') + 1] : null;
  for (const h of ['build', 'check'] as const) {
    const counts = new Map<LabelVerdict, number>();
    const authors = new Map<AuthorVerdict, number>();
    const rows: string[] = [];
    let n = 0, right = 0, an = 0;
    for (const l of labels) {
      const p = byId.get(l.id);
      if (!p || half(l.id) !== h) continue;
      const x = extract({ text: p.text, format: 'text' });
      const v = labelVerdict(x.published, l.day);
      const ok = v === 'same day' || v === 'none, right';
      counts.set(v, (counts.get(v) ?? 0) + 1);
      n++; right += ok ? 1 : 0;
      perPage[l.id] = { half: h, right: ok ? 1 : 0, verdict: v };
      if (!ok && only === h) rows.push(line(p, l.day ?? 'none      ', x, v as Verdict) + `  [${l.form}]`);
      if (l.author !== undefined) {
        const av = authorVerdict(x.author, l.author);
        authors.set(av, (authors.get(av) ?? 0) + 1);
        an++;
        perPage[l.id]!.author = av === 'right' || av === 'none, right' ? 1 : 0;
        if (only === h && (args.includes('--authors')) && av !== 'right' && av !== 'none, right') rows.push(`${l.id.padEnd(20)} author ${String(l.author)} | ours ${String(x.author)} (${av})`);
      }
    }
    console.log(`\nweb, hand-labelled, ${h} half: ${n} pages, right ${right} (${(right / n).toFixed(3)})`);
    for (const r of rows) console.log('  ' + r);
    console.log('  ' + ['same day', 'within 2 days', 'month only', 'none', 'wrong', 'none, right', 'a date, none printed']
      .map((k) => `${k} ${counts.get(k as LabelVerdict) ?? 0}`).join(', '));
    const ar = (authors.get('right') ?? 0) + (authors.get('none, right') ?? 0);
    console.log(`  authors (${an} labelled): right ${ar} (${(ar / an).toFixed(3)}); ` + ['right', 'none', 'wrong', 'none, right', 'a name, none printed']
      .map((k) => `${k} ${authors.get(k as AuthorVerdict) ?? 0}`).join(', '));
  }
  if (args.includes('--per-page')) writeFileSync(args[args.indexOf('--per-page') + 1]!, JSON.stringify(perPage, null, 1));
}

export async function run(root: string, args: string[]): Promise<void> {
  const verbose = args.includes('--verbose');
  const dumpTo = args.includes('--dump') ? args[args.indexOf('--dump') + 1] : null;
  const dump: Record<string, [string | null, string]> = {};
  const data = join(root, '..', 'shared', 'bench-data');
  const pages = loadPages(data);
  for (const set of ['extraction', 'web'] as const) {
    const counts = new Map<Verdict, number>();
    let n = 0;
    const rows: string[] = [];
    for (const p of pages) {
      if (p.set !== set) continue;
      const gold = set === 'extraction' ? p.gold.published
        : urlDay(String(JSON.parse(readFileSync(join(data, 'web', p.id, 'gold.json'), 'utf8')).url ?? ''));
      const x = dumpTo || gold ? extract({ text: p.text, format: 'text' }) : null;
      if (x && dumpTo) dump[p.id] = [x.published, x.title];
      if (!gold || !x) continue;
      const v = verdict(x.published, gold);
      counts.set(v, (counts.get(v) ?? 0) + 1);
      n++;
      if (verbose || v !== 'same day') rows.push(line(p, gold, x, v));
    }
    console.log(`\n${set === 'extraction' ? 'readability (gold)' : 'web (address day, silver)'}: ${n} pages`);
    if (verbose || args.includes('--misses')) for (const r of rows) console.log('  ' + r);
    if (dumpTo) writeFileSync(dumpTo, JSON.stringify(dump, null, 1));
    console.log('  ' + ['same day', 'within 2 days', 'month only', 'none', 'wrong'].map((k) => `${k} ${counts.get(k as Verdict) ?? 0}`).join(', '));
  }
  scoreLabels(root, pages, args);
}
