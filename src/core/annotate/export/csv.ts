import type { AnnotationListItem } from '../../../shared/api';

const COLUMNS = ['annotation_id', 'article_id', 'article_title', 'outlet', 'published', 'color', 'quote', 'note', 'tags', 'status', 'start', 'end', 'created', 'updated'] as const;

/** A CSV field per RFC 4180: quoted when it holds a comma, quote or line break. */
function field(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  // A leading =, +, - or @ would run as a formula in a spreadsheet; a quote mark defuses it.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Annotations as CSV with a header row, CRLF line ends (RFC 4180). */
export function annotationsCsv(items: AnnotationListItem[]): string {
  const rows = items.map((a) =>
    [a.id, a.articleId, a.articleTitle, a.articleSite, a.articlePublished, a.color, a.quote.exact, a.note, a.tags.join('; '), a.status, a.position.start, a.position.end, a.createdAt, a.updatedAt].map(field).join(','),
  );
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
