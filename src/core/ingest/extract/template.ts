/**
 * A site's template as extraction reads it: the lines that recur across the library's other
 * pages of the same site (menus, footers, sidebars, "Lesen Sie auch", newsletter boxes), given
 * as line keys (`core/text/line-key.ts`) by whoever calls `extract` — the page's own text
 * never decides which lines those are, so extraction stays a pure function of its input.
 *
 * A template line is furniture: worth nothing to the main-region scan and folded as a hole
 * where the region spans it (`region.ts`). The page itself can overrule the site: a line of
 * prose the model reads as main text, standing between main-text lines, is the article's own (a body line another page
 * quotes as a teaser), and the headline ranker still sees every line, so a headline that other
 * pages list as a teaser stays the headline.
 */
import { lineKey } from '../../text/line-key';
import { isProse } from './content';
import type { Line } from './segment';

/** The template of the page's site, computed from the library's other pages of that site. */
export interface SiteTemplate {
  /** Keys of the lines that are the site's template. */
  lines: readonly number[];
}

/**
 * The indices of the page's lines that are the site's template, less those the page itself
 * shows to be its own: prose the model reads as main text (`p ≥ tau`) whose nearest
 * non-template neighbours on both sides it reads as main text too. A promotion box inside the
 * article the model already doubts (`p < tau`) is folded.
 */
export function templateLines(lines: readonly Line[], template: SiteTemplate | null | undefined, p: readonly number[], tau: number, lang: string | null): Set<number> {
  const out = new Set<number>();
  if (!template || template.lines.length === 0) return out;
  const keys = new Set(template.lines);
  lines.forEach((l, i) => {
    const k = lineKey(l.text);
    if (k !== null && keys.has(k)) out.add(i);
  });
  for (const i of [...out]) {
    if (!isProse(lines[i]!, lang)) continue;
    let before = i - 1, after = i + 1;
    while (before >= 0 && out.has(before)) before--;
    while (after < lines.length && out.has(after)) after++;
    if (p[i]! >= tau && before >= 0 && after < lines.length && p[before]! >= tau && p[after]! >= tau) out.delete(i);
  }
  return out;
}
