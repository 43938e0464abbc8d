/**
 * What an HTML page's markup says of its text's lines (`HtmlStructure`, read by `html.ts`):
 * the lines a `<nav>` renders are menus, and the heading that agrees with the title the page
 * gives itself is the headline. Plain text has no markup; there the line model and the ranker
 * decide alone.
 */
import type { Line } from './segment';
import type { HtmlStructure } from './html';

/** What the markup fixes: menu lines, and the headline line (undefined: the ranker decides). */
export interface PageLines {
  nav: Set<number>;
  headline: number | undefined;
  /** Lines a Markdown report's markup puts in a heading, list item, quote or code block: inside the article, never folded. */
  kept?: Set<number>;
}

/** A title's part beside the headline is set off by one of these (`Headline | Site`, `Site - Headline`, `欲張りなイヌ　＜…＞`). */
const SEPARATOR_AFTER = /^\s*(?:[|\-–—·•:»«_~/\\<＜【（(]|::)/u;
const SEPARATOR_BEFORE = /(?:[|\-–—·•:»«_~/\\>＞】）)]|::)\s*$/u;
/** The headline is the title's main part: the part beside it (a site's or author's name) at most this many times longer. */
const MAX_REST_RATIO = 2;
/** A heading holding the whole title (Readability keeps only what follows `Kicker:`) must be mostly that title. */
const MIN_HELD_SHARE = 0.5;
const MIN_HELD_WORDS = 3;

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/[“”„«»]/g, '"').replace(/\s+/g, ' ').trim();
const wordCount = (s: string) => s.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * How well heading `h` is the headline title `t` names, 0 for not at all: 3 the same text; 2 plus
 * the share of `t` it covers where it is `t`'s part beside a separator (the site's or the
 * author's name stands beside it, at most `MAX_REST_RATIO` times as long); 1 where `t` is most
 * of `h` (Readability keeps what follows `Kicker:`).
 */
export function agreement(h: string, t: string): number {
  const fh = fold(h), ft = fold(t);
  if (!fh || !ft || !/[\p{L}\p{N}]/u.test(fh)) return 0;
  if (fh === ft) return 3;
  const part = (rest: string, sep: RegExp) => (sep.test(rest) && rest.trim().length <= MAX_REST_RATIO * fh.length ? 2 + fh.length / ft.length : 0);
  if (ft.startsWith(fh)) return part(ft.slice(fh.length), SEPARATOR_AFTER);
  if (ft.endsWith(fh)) return part(ft.slice(0, ft.length - fh.length), SEPARATOR_BEFORE);
  return fh.includes(ft) && ft.length >= MIN_HELD_SHARE * fh.length && wordCount(ft) >= MIN_HELD_WORDS ? 1 : 0;
}

/**
 * Reads `s` against the text's lines: the runs of lines each `<nav>` renders, and the line of
 * the heading that agrees best with the page's titles (an `<h1>` before an `<h2>` as good).
 */
export function structureLines(lines: Line[], s: HtmlStructure | undefined): PageLines | null {
  if (!s) return null;
  const nav = new Set<number>();
  for (const run of s.navs) {
    const at = findRun(lines, run);
    if (at >= 0) for (let k = 0; k < run.length; k++) nav.add(at + k);
  }
  // A page whose title is only its site's name (and a logo heading of it) names no headline.
  const site = s.site ? fold(s.site) : '';
  const titles = s.titles.filter((t) => fold(t) !== site);
  let best: { score: number; level: number; line: number } | null = null;
  for (const h of s.headings) {
    if (fold(h.text) === site) continue;
    const score = Math.max(0, ...titles.map((t) => agreement(h.text, t)));
    if (score === 0 || (best && (score < best.score || (score === best.score && h.level >= best.level)))) continue;
    const line = lines.findIndex((l, k) => !nav.has(k) && l.text === h.text);
    if (line >= 0) best = { score, level: h.level, line };
  }
  return { nav, headline: best?.line };
}

/** The first line from which `run`'s lines stand in a row, or -1. */
function findRun(lines: Line[], run: string[]): number {
  for (let i = 0; i + run.length <= lines.length; i++) {
    if (lines[i]!.text !== run[0]) continue;
    let k = 1;
    while (k < run.length && lines[i + k]!.text === run[k]) k++;
    if (k === run.length) return i;
  }
  return -1;
}
