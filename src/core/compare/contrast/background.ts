/**
 * A sentence that recalls an earlier year (`hatte 2019 in Berlin … erschossen`, `seit 2015`,
 * `im Dezember 2023`): background to the news, which a report of the day states without its
 * year. Two sentences of which one recalls a year before the report's and the other does not
 * mostly tell the story's past and its news: two claims.
 */

/** A year of four digits, standing alone (not a part of a figure or a date in digits). */
const YEAR = /(?<![\d.,:/-])(1[89]\d\d|20\d\d)(?![\d.,:/]\d)/g;

/** The earliest year before `year` (the report's) that a sentence names, or null. */
export function earlierYear(text: string, year: number | null): number | null {
  if (year === null) return null;
  let found: number | null = null;
  for (const m of text.matchAll(YEAR)) {
    const y = Number(m[1]);
    if (y < year && (found === null || y < found)) found = y;
  }
  return found;
}
