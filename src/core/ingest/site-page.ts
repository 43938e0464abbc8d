/**
 * What one page adds to its site's template counts (`core/derived/site-templates`): its site
 * key, the keys of its lines, and the keys of the lines a person marked as outside the article
 * (above the line "the article starts here", below "ends here").
 */
import type { ExtractionCorrection } from '../../shared/api';
import type { SitePage } from '../store/queries/site-templates';
import { lineKey, pageLineKeys } from '../text/line-key';

/** The page's contribution, or null when it has no site. `text` is the canonical text. */
export function sitePageFor(site: string | null | undefined, text: string, correction: ExtractionCorrection | null | undefined): SitePage | null {
  if (!site) return null;
  return { site, lines: pageLineKeys(text), outside: outsideKeys(text, correction) };
}

/** Keys of the lines wholly before the corrected start's line or after the corrected end's. */
function outsideKeys(text: string, c: ExtractionCorrection | null | undefined): number[] {
  if (!c || (c.start === null && c.end === null)) return [];
  const endOfEndLine = c.end === null ? Infinity : (() => {
    const nl = text.indexOf('\n', c.end);
    return nl < 0 ? text.length : nl;
  })();
  const keys = new Set<number>();
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if ((c.start !== null && to <= c.start) || from > endOfEndLine) {
      const k = lineKey(text.slice(from, to));
      if (k !== null) keys.add(k);
    }
    from = to + 1;
  }
  return [...keys];
}
