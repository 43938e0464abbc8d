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
  };
}
