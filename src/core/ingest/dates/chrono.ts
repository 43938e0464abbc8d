/**
 * chrono-node, for the free-form date lines our own patterns miss (`Thursday 16 November
 * 2017 5.33pm`, `vor 3 Stunden` is refused: only fully stated dates count).
 *
 * chrono parses in the page's language when it has a parser for it, English otherwise. It is
 * only ever given a handful of short lines near the headline, so its cost stays small.
 */
import type * as Chrono from 'chrono-node';
import { lazyModule } from '../../lazy-module';
import { formatParts } from './calendar';

type Parser = { parse: (text: string, ref?: Date) => Chrono.ParsedResult[] };
const chronoModule = lazyModule<typeof Chrono>('chrono-node');
const LANGS = ['de', 'en', 'fr', 'es', 'pt', 'it', 'nl', 'ru', 'ja', 'zh'] as const;
/** A fixed reference, so the result never depends on the day the extractor runs. */
const FIXED_REF = new Date(Date.UTC(2000, 0, 1));

/** A fully stated date chrono finds in `text`, with its offset in `text`; null otherwise. */
export function chronoDate(text: string, lang: string | null): { date: string; text: string; index: number } | null {
  const chrono = chronoModule();
  const parser: Parser = lang && (LANGS as readonly string[]).includes(lang) ? chrono[lang as (typeof LANGS)[number]] : chrono.en;
  let results: Chrono.ParsedResult[];
  try {
    results = parser.parse(text, FIXED_REF);
  } catch {
    // Best effort: chrono has thrown on odd Unicode in the past; then there is simply no date.
    return null;
  }
  for (const r of results) {
    const c = r.start;
    if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
    // chrono counts a relative word (`heute`, `jetzt`, `vor 2 Stunden`) as certain, read against
    // FIXED_REF: a date is stated only where its text prints the year.
    if (!statesYear(r.text, c.get('year')!)) continue;
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

/** Does `text` print `year`, in full or as its last two digits (`06.11.23`)? */
function statesYear(text: string, year: number): boolean {
  const figures = text.match(/\d+/g) ?? [];
  return figures.some((f) => +f === year || (f.length === 2 && +f === year % 100));
}
