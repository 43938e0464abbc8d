/**
 * The two public scorers' metrics, in process: the web set's snippet precision/recall pooled
 * over pages, the readability set's bag-of-words body F1 averaged over pages, titles by exact
 * match after normalisation, dates by day. They mirror the `score.mjs` of each benchmark.
 */
import type { Extraction } from '../../src/shared/api/extraction';
import { norm, type Page } from './data';

const CJK = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const TOK = new RegExp(`[${CJK}]|[^\\s\\p{P}\\p{S}${CJK}]+`, 'gu');

function bag(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of s.toLowerCase().normalize('NFKC').match(TOK) ?? []) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

function bodyF1(pred: string, gold: string): number {
  const p = bag(pred), g = bag(gold);
  let tp = 0, np = 0, ng = 0;
  for (const [t, n] of p) { np += n; tp += Math.min(n, g.get(t) ?? 0); }
  for (const n of g.values()) ng += n;
  if (np === 0 && ng === 0) return 1;
  const P = np ? tp / np : 0, R = ng ? tp / ng : 0;
  return P + R ? (2 * P * R) / (P + R) : 0;
}

const normT = (s: string) => s.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

/** Running totals of both benchmarks' metrics. */
export class Scores {
  tp = 0; fp = 0; fn = 0;
  webTitles = 0; webTitleCases = 0;
  bodyF1: number[] = [];
  extTitles = 0; extCases = 0; dates = 0; dateCases = 0;
  perPage: { id: string; score: number; title: number; tp?: number; fp?: number; fn?: number }[] = [];

  /** Adds one page's result. */
  add(page: Page, x: Extraction): void {
    if (page.set === 'web') {
      const body = norm(x.body.join('\n\n'));
      let tp = 0, fn = 0, fp = 0;
      for (const s of page.gold.with) body.includes(norm(s)) ? tp++ : fn++;
      for (const s of page.gold.without) if (body.includes(norm(s))) fp++;
      this.tp += tp; this.fn += fn; this.fp += fp;
      let title = -1;
      if (page.gold.title) {
        this.webTitleCases++;
        title = [page.gold.title, ...page.gold.titleAlt].map((t) => norm(t).toLowerCase()).includes(norm(x.title).toLowerCase()) ? 1 : 0;
        this.webTitles += title;
      }
      this.perPage.push({ id: page.id, score: tp / Math.max(1, tp + fn + fp), title, tp, fp, fn });
    } else {
      const f = bodyF1(x.body.join('\n\n'), (page.gold.body ?? []).join('\n\n'));
      this.bodyF1.push(f);
      this.extCases++;
      const title = [page.gold.title ?? '', ...page.gold.titleAlt].map(normT).includes(normT(x.title)) ? 1 : 0;
      this.extTitles += title;
      if (page.gold.published) {
        this.dateCases++;
        if (/^\d{4}-\d{2}-\d{2}/.exec(x.published ?? '')?.[0] === page.gold.published) this.dates++;
      }
      this.perPage.push({ id: page.id, score: f, title });
    }
  }

  get webF1(): number {
    const p = this.tp / Math.max(1, this.tp + this.fp), r = this.tp / Math.max(1, this.tp + this.fn);
    return p + r ? (2 * p * r) / (p + r) : 0;
  }
  get extF1(): number { return this.bodyF1.reduce((a, b) => a + b, 0) / Math.max(1, this.bodyF1.length); }

  /** One line, in the scorers' terms. */
  line(): string {
    const p = this.tp / Math.max(1, this.tp + this.fp), r = this.tp / Math.max(1, this.tp + this.fn);
    return `web f1=${this.webF1.toFixed(3)} (p=${p.toFixed(3)} r=${r.toFixed(3)}) title=${(this.webTitles / Math.max(1, this.webTitleCases)).toFixed(3)}` +
      ` | extraction body_f1=${this.extF1.toFixed(3)} title=${(this.extTitles / Math.max(1, this.extCases)).toFixed(3)} date=${(this.dates / Math.max(1, this.dateCases)).toFixed(2)}`;
  }
}
