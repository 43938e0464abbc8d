import type { Article, ArticlePage, ArticleSummary, IngestReport } from '../shared/api';

/** A partial date as people write it, with its precision kept (`2025-07` stays a month). */
export function formatDate(d: string | null): string {
  return d ? d.replace('T', ' ') : '—';
}

/** The library list as an aligned table. */
export function formatList(items: ArticleSummary[]): string {
  if (items.length === 0) return 'The library is empty. Add reports with: parallax ingest <files or folders>';
  return items
    .map((a) => {
      const date = formatDate(a.published) + (a.publishedSource === 'inferred' ? '~' : '');
      return `${a.id}  ${date.padEnd(17)}  ${(a.site ?? '').padEnd(12).slice(0, 12)}  ${a.title}`;
    })
    .join('\n');
}

/** Where a page of the list sits, and how to get the next one. */
export function formatPageFooter(page: ArticlePage): string {
  const n = (x: number) => x.toLocaleString('en');
  const where = page.offset !== null ? `Rows ${n(page.offset + 1)}–${n(page.offset + page.items.length)} of ${n(page.rows)}` : `${n(page.items.length)} rows of ${n(page.rows)}`;
  const reports = page.rows !== page.total ? ` (${n(page.total)} reports, copies grouped)` : '';
  return page.next ? `${where}${reports}. Next page: parallax list --after ${page.next}` : `${where}${reports}.`;
}

/** An article as readable text: header, body, then counts of what was folded away. */
export function formatArticle(a: Article): string {
  const lines: string[] = [];
  if (a.kicker) lines.push(a.kicker.toUpperCase());
  lines.push(a.title + (a.titleDerived ? '  (title derived from the lead)' : ''));
  if (a.dek) lines.push('', a.dek);
  const meta = [a.author, a.site, a.published ? formatDate(a.published) + (a.publishedSource === 'inferred' ? ' (inferred)' : '') : null]
    .filter(Boolean)
    .join(' · ');
  if (meta) lines.push('', meta);
  if (a.dateConflict) lines.push(`Note: the text points to ${a.dateConflict}, not to the stated ${a.published}.`);
  lines.push('');
  for (const b of a.blocks) {
    if (b.region !== 'body') continue;
    if (b.kind === 'heading') lines.push('', `## ${b.text}`, '');
    else if (b.kind === 'list-item') lines.push(`  • ${b.text.replace(/^[–•-]\s*/, '')}`);
    else if (b.kind === 'quote') lines.push(`  > ${b.text}${b.attribution ? ` — ${b.attribution}` : ''}`, '');
    else if (b.kind === 'caption') lines.push(`  [Image: ${b.text}${b.credit ? ` ${b.credit}` : ''}]`, '');
    else lines.push(b.text, '');
  }
  const folded = a.blocks.filter((b) => b.region === 'boilerplate').length;
  lines.push(`— ${a.wordCount} words, ${a.readingMinutes} min · ${a.comments.length} comments · ${folded} blocks of page text removed · id ${a.id}`);
  return lines.join('\n');
}

/** What an ingest run did, one line per item that needs attention. */
export function formatReport(r: IngestReport): string {
  const out = [`Added ${r.added.length}, already present ${r.present.length}${withinInput(r)}, skipped ${r.skipped.length} (${(r.durationMs / 1000).toFixed(1)} s).`];
  for (const s of r.skipped) out.push(printable(`  skipped ${s.name}${s.locator ? ` (${s.locator})` : ''}: ${s.reason}`));
  for (const w of r.warnings) out.push(printable(`  warning ${w.name}: ${w.message}`));
  return out.join('\n');
}

/**
 * Says how many "already present" were copies of something added in this same run: in a new
 * library every one of them is, which otherwise reads as if the library had them before.
 */
function withinInput(r: IngestReport): string {
  if (r.present.length === 0) return '';
  const added = new Set(r.added.map((a) => a.articleId));
  const inside = r.present.filter((p) => added.has(p.articleId)).length;
  if (inside === 0) return '';
  if (inside === r.present.length) return ' (all duplicates within the input)';
  return ` (${inside} of them duplicates within the input)`;
}

/**
 * Control characters and bidirectional overrides shown as escapes: a file named with a line
 * break must not split its report line in two, and one with U+202E must not show its name
 * reversed (`bidi\u202Etxt.exe` reading as an .txt file).
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
