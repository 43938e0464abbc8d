/**
 * `--dump-oof FILE`: the held-out pages' headline candidates as the line models of their folds
 * left them (features, text, whether each is the gold line or an accepted headline) and the
 * page's first lines, for studying ranker features outside the training loop.
 */
import { writeFileSync } from 'node:fs';
import { TITLE_FEATURES, splitKicker, type TitleCandidate } from '../../src/core/ingest/extract/title';
import { norm, type Page } from './data';

export function dumpOutOfFold<P extends { page: Page }>(file: string, rows: { p: P; cands: TitleCandidate[] }[], cut: Map<P, TitleCandidate[]>, foldOf: (page: Page) => number, isGold: (page: Page, text: string) => boolean): void {
  const out = rows.map(({ p, cands }) => {
    const page = p.page;
    const golds = [page.gold.title ?? '', ...page.gold.titleAlt].map((t) => norm(t).toLowerCase());
    const last = cands.reduce((a, c) => Math.max(a, c.i), 0);
    return {
      id: page.id, set: page.set, fold: foldOf(page), hasTitle: !!page.gold.title,
      lines: page.lines.slice(0, Math.min(page.lines.length, last + 30, 600)).map((l) => l.text.slice(0, 300)),
      cands: cands.map((c) => {
        const text = page.lines[c.i]!.text;
        return { i: c.i, t: text.slice(0, 300), x: c.x, gold: isGold(page, text), ok: golds.includes(norm(splitKicker(text)?.title ?? text).toLowerCase()) };
      }),
      // The same page with its headline cut out (a page that has none), when it was read.
      cut: cut.get(p)?.map((c) => ({ i: c.i, x: c.x })) ?? null,
    };
  });
  writeFileSync(file, JSON.stringify({ features: TITLE_FEATURES, pages: out }));
}
