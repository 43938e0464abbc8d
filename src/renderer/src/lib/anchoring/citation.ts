/** The facts a citation names. */
export interface CitationSource {
  title: string;
  site: string | null;
  /** Already formatted for the reader's language, or null. */
  date: string | null;
}

/**
 * A quote ready to paste: “quote” — Title, Outlet, Date. Inner whitespace (line breaks of a
 * selection across paragraphs) becomes single spaces; missing facts are left out.
 */
export function citeQuote(quote: string, source: CitationSource): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  const facts = [source.title, source.site, source.date].filter((f): f is string => !!f && f.trim() !== '');
  return `“${text}” — ${facts.join(', ')}`;
}
