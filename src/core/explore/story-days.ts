import { dayNumber } from '../ingest/dates/calendar';

/**
 * The days a report's date may stand for: a day itself; a month (a page's `date 2024-03`
 * header), any of its days, so a report of the 16th and one dated only by the next month are
 * not a month apart (two months are still compared by their middles); a year, its middle.
 */
export function dayRange(date: string | null): [number, number] | null {
  if (!date) return null;
  if (date.length === 7) {
    const first = dayNumber(`${date}-01`);
    const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
    const next = dayNumber(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`);
    return first === null || next === null ? null : [first, next - 1];
  }
  const d = dayNumber(date.length >= 10 ? date.slice(0, 10) : `${date.slice(0, 4)}-07-01`);
  return d === null ? null : [d, d];
}

/** Whether two reports' days (`dayRange`; null: undated, never apart) lie more than `max` days apart. */
export function daysApart(a: [number, number] | null, b: [number, number] | null, max: number): boolean {
  if (a === null || b === null) return false;
  // Two months are compared by their middles: months side by side must not chain.
  if (a[0] !== a[1] && b[0] !== b[1]) return Math.abs(a[0] + a[1] - b[0] - b[1]) / 2 > max;
  return b[0] - a[1] > max || a[0] - b[1] > max;
}
