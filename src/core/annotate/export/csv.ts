import type { AnnotationListItem } from '../../../shared/api';

const COLUMNS = ['annotation_id', 'article_id', 'article_title', 'outlet', 'published', 'color', 'quote', 'note', 'tags', 'status', 'start', 'end', 'created', 'updated'] as const;

/** How the CSV is written. */
export interface CsvOptions {
  /**
   * For Excel: `;` between fields and a UTF-8 byte-order mark. Excel in a German (or any
   * comma-decimal) locale splits columns at semicolons only, and without the mark it reads
   * UTF-8 as Windows-1252, so ü and ß turn into mojibake. Default false: RFC 4180 commas.
   */
  excel?: boolean;
}

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): = + - @
 * and the tab and carriage return some spreadsheets strip before looking.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV field per RFC 4180: quoted when it holds the separator, a quote or a line break. */
function field(v: string | number | null, sep: string): string {
  const s = v === null ? '' : String(v);
  // A leading apostrophe makes the spreadsheet show the text as text, not run it.
  const safe = typeof v === 'string' && FORMULA_START.test(s) ? `'${s}` : s;
  return safe.includes(sep) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Annotations as CSV with a header row, CRLF line ends (RFC 4180), in the dialect asked for. */
export function annotationsCsv(items: AnnotationListItem[], opts: CsvOptions = {}): string {
  const sep = opts.excel ? ';' : ',';
  const rows = items.map((a) =>
    [a.id, a.articleId, a.articleTitle, a.articleSite, a.articlePublished, a.color, a.quote.exact, a.note, a.tags.join('; '), a.status, a.position.start, a.position.end, a.createdAt, a.updatedAt]
      .map((v) => field(v, sep))
      .join(sep),
  );
  return (opts.excel ? '\uFEFF' : '') + [COLUMNS.join(sep), ...rows].join('\r\n') + '\r\n';
}
