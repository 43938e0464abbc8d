/**
 * `npm run eval:templates [-- --key host|domain] [-- --grid]`: the web benchmark scored with
 * site templates learned leave-one-page-out — each page's template comes from the OTHER pages
 * of its site only, by the library's own rule (`core/derived/site-templates/rule.ts`) — against
 * the same extractor without templates. See README.md here.
 */
import { join } from 'node:path';
import { extract } from '../../src/core/ingest/extract/index';
import { hostOf } from '../../src/core/ingest/site-key';
import { pageLineKeys } from '../../src/core/text/line-key';
import { DEFAULT_RULE, isTemplateLine, type TemplateRule } from '../../src/core/derived/site-templates/rule';
import { loadPages, type Page } from '../../scripts/train-extract/data';
import { Scores } from '../../scripts/train-extract/score';
import { readFileSync } from 'node:fs';

/** The registrable part of a host, roughly (`a.b.wordpress.com` → `wordpress.com`). */
function domainOf(host: string): string {
  const parts = host.split('.');
  const n = /^(co|com|org|net|ac|gov|gv|or|ne)$/.test(parts[parts.length - 2] ?? '') && parts.length > 2 ? 3 : 2;
  return parts.slice(-n).join('.');
}

interface Case { page: Page; site: string; keys: number[] }

function templateOf(c: Case, sites: Map<string, Case[]>, rule: TemplateRule): number[] {
  const others = (sites.get(c.site) ?? []).filter((o) => o !== c);
  const counts = new Map<number, number>();
  for (const o of others) for (const k of o.keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return c.keys.filter((k) => isTemplateLine({ key: k, pages: counts.get(k) ?? 0, outside: 0 }, others.length, rule));
}

function score(cases: Case[], sites: Map<string, Case[]>, rule: TemplateRule | null, only?: (c: Case) => boolean): { all: Scores; multi: Scores; touched: number } {
  const all = new Scores(), multi = new Scores();
  let touched = 0;
  for (const c of cases) {
    if (only && !only(c)) continue;
    const lines = rule ? templateOf(c, sites, rule) : [];
    if (lines.length) touched++;
    const x = extract({ text: c.page.text, format: 'text', template: lines.length ? { lines } : null });
    all.add(c.page, x);
    if ((sites.get(c.site)?.length ?? 0) >= 3) multi.add(c.page, x);
  }
  return { all, multi, touched };
}

export async function run(root: string, args: string[]): Promise<void> {
  const keyKind = args.includes('--key') ? args[args.indexOf('--key') + 1] : 'host';
  const data = join(root, '..', 'shared', 'bench-data');
  const pages = loadPages(data).filter((p) => p.set === 'web');
  const cases: Case[] = pages.map((page) => {
    const url = String(JSON.parse(readFileSync(join(data, 'web', page.id, 'gold.json'), 'utf8')).url ?? '');
    const host = /^https?:/i.test(url) ? hostOf(url) : null;
    const site = host ? (keyKind === 'domain' ? domainOf(host) : host) : `page:${page.id}`;
    return { page, site, keys: pageLineKeys(page.text) };
  });
  const sites = new Map<string, Case[]>();
  for (const c of cases) sites.set(c.site, [...(sites.get(c.site) ?? []), c]);
  const multiSites = [...sites.values()].filter((s) => s.length >= 3);
  console.log(`key=${keyKind}: ${cases.length} pages, ${sites.size} sites, ${[...sites.values()].filter((s) => s.length >= 2).length} with ≥ 2 pages, ${multiSites.length} with ≥ 3 (${multiSites.reduce((n, s) => n + s.length, 0)} pages)`);
  const base = score(cases, sites, null);
  const fmt = (s: Scores) => `f1=${s.webF1.toFixed(3)} title=${(s.webTitles / Math.max(1, s.webTitleCases)).toFixed(2)} (${s.perPage.length} pages)`;
  console.log(`without templates: all ${fmt(base.all)} | sites ≥ 3 pages ${fmt(base.multi)}`);
  const rules: TemplateRule[] = args.includes('--grid')
    ? [1, 2, 3, 5].flatMap((minSitePages) => [0.3, 0.5, 0.7, 0.9].map((minShare) => ({ minSitePages, minShare })))
    : [DEFAULT_RULE];
  for (const rule of rules) {
    const r = score(cases, sites, rule);
    console.log(`with templates (min ${rule.minSitePages} other pages, share ${rule.minShare}): all ${fmt(r.all)} | sites ≥ 3 pages ${fmt(r.multi)} | pages given a template ${r.touched}`);
  }
}
