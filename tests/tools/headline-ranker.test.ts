import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { rankerCv } from '../../scripts/train-extract/ranker-cv';
import { fitRanker, fitRankerBagged, type RankGroup } from '../../scripts/train-extract/ranker';
import { titleScore } from '../../src/core/ingest/extract/title';

/** A seeded generator, so the made-up pages are the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/**
 * Made-up pages: on each, the headline is the candidate with the most of feature 0 *on that
 * page*, while every page shifts feature 0 by its own offset (one site's lines are all long,
 * another's all short); feature 1 is noise. The first `none` pages have no headline among
 * their candidates, which then all have feature 2 low.
 */
function pages(n: number, seed: number, none = 0): RankGroup[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, k) => {
    const offset = (r() - 0.5) * 8, m = 3 + Math.floor(r() * 6);
    const stated = k >= none;
    const X = Array.from({ length: m }, () => [offset + 3 * r(), r() * 0.2, stated ? 1 + r() * 0.2 : -1 - r() * 0.2]);
    const gold = stated ? X.reduce((b, x, i) => (x[0]! > X[b]![0]! ? i : b), 0) : -1;
    return { X, gold };
  });
}

const pick = (m: ReturnType<typeof fitRanker>, g: RankGroup) =>
  g.X.reduce((b, x, i) => (titleScore({ ...m, min: 0 }, x) > titleScore({ ...m, min: 0 }, g.X[b]!) ? i : b), 0);

describe('the headline ranker trained listwise', () => {
  it('learns which candidate beats the others on its page, however the page shifts the features', () => {
    const m = fitRanker(pages(200, 1), { epochs: 300, rate: 0.05, loss: 'listwise' });
    const test = pages(100, 2);
    expect(test.filter((g) => pick(m, g) === g.gold).length).toBeGreaterThanOrEqual(90);
  });
  it('scores "not stated" above the candidates of most pages that have no headline, and below those of pages that have one', () => {
    const m = { ...fitRanker(pages(200, 3, 60), { epochs: 300, rate: 0.05, loss: 'listwise' }), min: 0.1 };
    const test = pages(40, 4, 20);
    const best = (g: RankGroup) => Math.max(...g.X.map((x) => titleScore(m, x)));
    expect(test.slice(0, 20).filter((g) => best(g) < m.min).length).toBeGreaterThanOrEqual(15);
    expect(test.slice(20).filter((g) => best(g) >= m.min).length).toBeGreaterThanOrEqual(15);
  });
  it('averages its bagged fits into one linear model that scores as their mean', () => {
    const train = pages(100, 5);
    const bagged = fitRankerBagged(train, { epochs: 100, rate: 0.05 }, 4);
    const fits = [0, 1, 2, 3].map((f) => fitRanker(train.filter((_, i) => i % 4 !== f), { epochs: 100, rate: 0.05 }));
    const logit = (m: ReturnType<typeof fitRanker>, x: number[]) => { const p = titleScore({ ...m, min: 0 }, x); return Math.log(p / (1 - p)); };
    for (const x of pages(5, 6).flatMap((g) => g.X)) {
      expect(logit(bagged, x)).toBeCloseTo(fits.reduce((a, m) => a + logit(m, x), 0) / 4, 6);
    }
  });
});

describe('the ranker CV over a dump of out-of-fold candidates (`--ranker-cv`)', () => {
  /** A dump of made-up pages in five folds: the headline is the candidate with most of feature 0. */
  function dump(file: string): void {
    const r = rng(7);
    const out = pages(100, 8).map((g, k) => ({
      id: `p${k}`, set: k % 10 ? 'web' : 'extraction', fold: k % 5, hasTitle: true,
      lines: g.X.map((_, i) => `Line ${i} of page ${k}`),
      cands: g.X.map((x, i) => ({ i, t: `Line ${i} of page ${k}`, x, gold: i === g.gold, ok: i === g.gold })),
    }));
    // One candidate a page whose text also stands elsewhere: the `twice` feature reads the lines.
    for (const p of out) p.lines.push(p.lines[Math.floor(r() * (p.lines.length - 1))]!);
    writeFileSync(file, JSON.stringify({ features: ['a', 'b', 'c'], pages: out }));
  }
  it('finds the headline on held-out pages it never trained on, and takes extra features by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ranker-cv-'));
    const file = join(dir, 'oof.json');
    dump(file);
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const [base] = rankerCv(['--ranker-cv', file, '--ranker-epochs', '300', '--ranker-rate', '0.05', '--ranker-loss', 'listwise']);
      expect(base!.webN + base!.extN).toBe(100);
      expect(base!.web + base!.ext).toBeGreaterThanOrEqual(85);
      const [withTwice] = rankerCv(['--ranker-cv', file, '--ranker-epochs', '300', '--ranker-rate', '0.05', '--ranker-loss', 'listwise', '--extra', 'twice']);
      expect(withTwice!.web + withTwice!.ext).toBeGreaterThanOrEqual(80);
      expect(() => rankerCv(['--ranker-cv', file, '--extra', 'nonsense'])).toThrow(/no feature nonsense/);
    } finally {
      log.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
