import type { Article, ArticlePage, ArticleSummary, IngestReport } from '../shared/api';
import { formatFor, say, words } from '../shared/i18n';
import { CLI_LANG, cliWords } from './words';

/** A partial date as people write it, with its precision kept (`2025-07` stays a month). */
export function formatDate(d: string | null): string {
  return d ? d.replace('T', ' ') : '—';
}

/** A duration in seconds with one decimal, as the person's language writes it (`1.7` / `1,7`). */
export function secondsOf(ms: number): string {
  return formatFor(CLI_LANG).fixed(ms / 1000, 1);
}

/** The library list as an aligned table. */
export function formatList(items: ArticleSummary[]): string {
  if (items.length === 0) return cliWords().listEmpty;
  return items
    .map((a) => {
      const date = formatDate(a.published) + (a.publishedSource === 'inferred' ? '~' : '');
      return `${a.id}  ${date.padEnd(17)}  ${(a.site ?? '').padEnd(12).slice(0, 12)}  ${a.title}`;
    })
    .join('\n');
}

/** Where a page of the list sits, and how to get the next one. */
export function formatPageFooter(page: ArticlePage): string {
  const w = cliWords();
  const n = formatFor(CLI_LANG).num;
  const where = page.offset !== null ? w.pageRows(n(page.offset + 1), n(page.offset + page.items.length), n(page.rows)) : w.pageRowsFrom(n(page.items.length), n(page.rows));
  const reports = page.rows !== page.total ? w.pageGrouped(n(page.total)) : '';
  return page.next ? `${where}${reports}. ${w.pageNext(page.next)}` : `${where}${reports}.`;
}

/** An article as readable text: header, body, then counts of what was folded away. */
export function formatArticle(a: Article): string {
  const w = cliWords();
  const lines: string[] = [];
  if (a.kicker) lines.push(a.kicker.toUpperCase());
  lines.push(a.title + (a.titleDerived ? w.titleDerived : ''));
  if (a.dek) lines.push('', a.dek);
  const meta = [a.author, a.site, a.published ? formatDate(a.published) + (a.publishedSource === 'inferred' ? w.inferred : '') : null]
    .filter(Boolean)
    .join(' · ');
  if (meta) lines.push('', meta);
  if (a.dateConflict) lines.push(w.dateConflict(a.dateConflict, a.published ?? ''));
  lines.push('');
  for (const b of a.blocks) {
    if (b.region !== 'body') continue;
    if (b.kind === 'heading') lines.push('', `## ${b.text}`, '');
    else if (b.kind === 'list-item') lines.push(`  • ${b.text.replace(/^[–•-]\s*/, '')}`);
    else if (b.kind === 'quote') lines.push(`  > ${b.text}${b.attribution ? ` — ${b.attribution}` : ''}`, '');
    else if (b.kind === 'caption') lines.push(`  ${w.image(`${b.text}${b.credit ? ` ${b.credit}` : ''}`)}`, '');
    else lines.push(b.text, '');
  }
  const folded = a.blocks.filter((b) => b.region === 'boilerplate').length;
  lines.push(w.articleFooter({ words: a.wordCount, minutes: a.readingMinutes, comments: a.comments.length, folded, id: a.id }));
  return lines.join('\n');
}

/**
 * One skipped input, its file named once: most reasons name it (and its line) themselves, and
 * "skipped bild.txt: ingest: "bild.txt" is a PNG image" said it twice. The English wording's
 * module prefix is left out here, as the window does.
 */
function skippedLine(s: IngestReport['skipped'][number]): string {
  const w = cliWords();
  const reason = say(CLI_LANG, s.reasonCoded).replace(/^ingest: /, '');
  const named = ['"', '„', '“', '«', '»'].some((q) => reason.includes(`${q}${s.name}`)) || (reason.startsWith(s.name) && /^[\s,]/.test(reason.slice(s.name.length)));
  if (named) return w.skippedSelf(reason);
  return w.skippedLine(`${s.name}${s.locator ? ` (${words(CLI_LANG).locator(s.locator)})` : ''}`, reason);
}

/** What an ingest run did, one line per item that needs attention. */
export function formatReport(r: IngestReport): string {
  const w = cliWords();
  const out = [w.reportSummary(r.added.length, r.present.length, withinInput(r), r.skipped.length, secondsOf(r.durationMs))];
  for (const s of r.skipped) out.push(printable(skippedLine(s)));
  for (const p of r.present) if (p.restoredFromTrash) out.push(printable(w.restoredLine(p.name, p.articleId)));
  for (const a of r.added) if (a.versionOf) out.push(printable(w.versionLine(a.name, a.versionOf.articleId, a.versionOf.annotations, a.versionOf.edited)));
  for (const x of r.warnings) out.push(printable(w.warningLine(x.name, say(CLI_LANG, x.messageCoded))));
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
  return inside === r.present.length ? cliWords().withinAll : cliWords().withinSome(inside);
}

/**
 * Control characters and bidirectional overrides shown as escapes: a file named with a line
 * break must not split its report line in two, and one with U+202E must not show its name
 * reversed (`bidi\u202Etxt.exe` reading as an .txt file).
 */
export function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}
