/**
 * `--misses FILE`: what a held-out page got wrong, for sorting mistakes into kinds — its gold
 * and chosen headline, where the gold line stands and whether it was a candidate at all, the
 * best-scored candidates, and the snippets the body lost or kept wrongly.
 */
import type { Extraction } from '../../src/shared/api/extraction';
import { titleScore, type TitleCandidate, type TitleModel } from '../../src/core/ingest/extract/title';
import { norm, type Page } from './data';

const low = (s: string) => norm(s).toLowerCase();

/** One page's report, or null when its headline is right and its body keeps every snippet right. */
export function missReport(p: { page: Page }, x: Extraction, cands: TitleCandidate[], title: TitleModel): unknown {
  const page = p.page;
  if (page.set !== 'web') return null;
  const golds = [page.gold.title ?? '', ...page.gold.titleAlt].map(low);
  const titleOk = !page.gold.title || golds.includes(low(x.title));
  const body = norm(x.body.join('\n\n'));
  const lost = page.gold.with.filter((s) => !body.includes(norm(s)));
  const kept = page.gold.without.filter((s) => body.includes(norm(s)));
  if (titleOk && !lost.length && !kept.length) return null;
  const goldLines = page.gold.title ? page.lines.flatMap((l, i) => (low(l.text) === low(page.gold.title!) ? [i] : [])) : [];
  const firstWith = page.lines.findIndex((l) => page.gold.with.some((s) => norm(l.text).includes(norm(s))));
  return {
    id: page.id, titleOk, gold: page.gold.title, alt: page.gold.titleAlt, ours: x.title, derived: x.titleDerived ?? null,
    goldLines, firstWith,
    goldCand: cands.findIndex((c) => goldLines.includes(c.i)),
    cands: cands.map((c) => ({ i: c.i, s: +titleScore(title, c.x).toFixed(3), t: page.lines[c.i]!.text.slice(0, 100) }))
      .sort((a, b) => b.s - a.s).slice(0, 6),
    with: page.gold.with.length, lost: lost.map((s) => s.slice(0, 80)), without: page.gold.without.length, kept: kept.map((s) => s.slice(0, 80)),
    lostAt: lost.map((s) => where(page, x, s)), keptAt: kept.map((s) => where(page, x, s)),
  };
}

/**
 * Where a snippet stands against the body: `before`, `inside` or `after` its first and last
 * block (or `none` without a body), the block kind that holds it, and its line and the body's
 * line span, so lost and wrongly kept text can be sorted by kind (edge, hole, tail).
 */
function where(page: Page, x: Extraction, snippet: string): { pos: string; kind: string; line: number; from: number; to: number } {
  const s = norm(snippet);
  const line = page.lines.findIndex((l) => norm(l.text).includes(s));
  const at = line >= 0 ? page.lines[line]!.start : -1;
  const body = x.blocks.filter((b) => b.region === 'body');
  const lineOf = (off: number) => page.lines.findIndex((l) => l.end >= off);
  const from = body.length ? lineOf(body[0]!.start) : -1, to = body.length ? lineOf(body[body.length - 1]!.end) : -1;
  const pos = !body.length ? 'none' : line < 0 ? 'unknown' : line < from ? 'before' : line > to ? 'after' : 'inside';
  const kind = x.blocks.find((b) => b.start <= at && at < b.end)?.kind ?? '-';
  return { pos, kind, line, from, to };
}
