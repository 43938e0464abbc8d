/**
 * chrono-node, for the free-form date lines our own patterns miss (`Thursday 16 November
 * 2017 5.33pm`, `vor 3 Stunden` is refused: only fully stated dates count).
 *
 * chrono parses in the page's language when it has a parser for it, English otherwise. It is
 * only ever given a handful of short lines near the headline, so its cost stays small.
 */
import * as chrono from 'chrono-node';
import { formatParts } from './calendar';

type Parser = { parse: (text: string, ref?: Date) => chrono.ParsedResult[] };
const PARSERS: Record<string, Parser> = {
  de: chrono.de, en: chrono.en, fr: chrono.fr, es: chrono.es, pt: chrono.pt, it: chrono.it,
  nl: chrono.nl, ru: chrono.ru, ja: chrono.ja, zh: chrono.zh,
};
/** A fixed reference, so the result never depends on the day the extractor runs. */
const FIXED_REF = new Date(Date.UTC(2000, 0, 1));

/** A fully stated date chrono finds in `text`, with its offset in `text`; null otherwise. */
export function chronoDate(text: string, lang: string | null): { date: string; text: string; index: number } | null {
  const parser = (lang && PARSERS[lang]) || chrono.en;
  let results: chrono.ParsedResult[];
  try {
    results = parser.parse(text, FIXED_REF);
  } catch {
    // Best effort: chrono has thrown on odd Unicode in the past; then there is simply no date.
    return null;
  }
  for (const r of results) {
    const c = r.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    const parts = { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! } as { year: number; month: number; day: number; hour?: number; minute?: number };
    if (c.isCertain('hour') && c.isCertain('minute')) {
      parts.hour = c.get('hour')!;
      parts.minute = c.get('minute')!;
    }
    const date = formatParts(parts);
    if (date) return { date, text: r.text, index: r.index };
  }
  return null;
}
