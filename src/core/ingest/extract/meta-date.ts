/**
 * The publication date a page's metadata states (`article:published_time`, JSON-LD's
 * `datePublished`, Readability's reading, a `publish_date` meta), as the date candidates the
 * text's own dates are: ISO first, else the page's own way of writing a day (`05/08/2014
 * 07:01:00`, `Dec 7, 2026`, `07.12.2026 14:03`) read by the same date finder as the text.
 */
import { findDatesUnglued } from '../dates/find';
import type { DateParts } from '../dates/calendar';
import type { StatedCandidate } from '../dates/publication';

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/;

/** The metadata's publication as a candidate, or null when it states no whole day. */
export function metaCandidate(published: string | undefined, usMonthFirst: boolean): StatedCandidate | null {
  const text = published?.trim();
  if (!text || text.length > 80) return null;
  const iso = ISO_RE.exec(text);
  if (iso) {
    const parts: DateParts = { year: +iso[1]!, month: +iso[2]!, day: +iso[3]! };
    if (iso[4] !== undefined) { parts.hour = +iso[4]; parts.minute = +iso[5]!; }
    return { date: { text, start: -1, end: -1, ...parts }, isUpdate: false };
  }
  // One whole day, nothing else: a value of two dates or a bare month says no publication.
  const found = findDatesUnglued(text, 0, usMonthFirst).filter((d) => d.day !== undefined && d.year !== undefined);
  if (found.length !== 1) return null;
  const { text: _t, start: _s, end: _e, ...parts } = found[0]!;
  return { date: { text, start: -1, end: -1, ...parts }, isUpdate: false };
}
