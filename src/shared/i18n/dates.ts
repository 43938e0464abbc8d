/**
 * Formats a partial date as the source states it, at its own precision: `2025` → "2025",
 * `2025-07` → "July 2025", `2025-04-12` → "12 Apr 2025", `2025-11-19T09:47` → "19 Nov 2025,
 * 09:47". Times are the source's local time, so everything is formatted in UTC to keep the
 * viewer's time zone from shifting them. Anything unparseable is returned unchanged.
 */
export function formatPartialDate(value: string, locale: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?/.exec(value);
  if (!m) return value;
  const [, y, mo, d, h, mi] = m;
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1, h ? Number(h) : 0, mi ? Number(mi) : 0));
  if (Number.isNaN(date.getTime())) return value;
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC' };
  if (!mo) options.year = 'numeric';
  else if (!d) Object.assign(options, { year: 'numeric', month: 'long' });
  else if (!h) Object.assign(options, { year: 'numeric', month: 'short', day: 'numeric' });
  else Object.assign(options, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  return new Intl.DateTimeFormat(locale, options).format(date);
}
