/**
 * "Not stated" on pages without a headline: every benchmark page has one, so the headline
 * ranker's CV rewards stating one always. The same pages with every line holding the gold
 * headline cut out are pages that have none; how often the held-out pipeline still names a
 * headline there is the price of a lower threshold, reported beside the CV title score.
 */
import { norm, type Page } from './data';

const low = (s: string) => norm(s).toLowerCase();

/** The page's text without the lines holding its gold headline; null when it has none. */
export function withoutHeadline(page: Page): string | null {
  const golds = [page.gold.title ?? '', ...page.gold.titleAlt].map(low).filter((g) => g.length >= 8);
  if (!golds.length) return null;
  return page.text.split('\n').filter((l) => !golds.some((g) => low(l).includes(g))).join('\n');
}

/** Counts of pages whose headline was stated, with the headline in place and cut out. */
export class Headless {
  stated = 0;
  statedCut = 0;
  n = 0;
  add(stated: boolean, statedCut: boolean): void {
    this.n++;
    if (stated) this.stated++;
    if (statedCut) this.statedCut++;
  }
  line(): string {
    return `headline stated on ${this.stated}/${this.n} titled pages, on ${this.statedCut}/${this.n} with it cut out`;
  }
}
