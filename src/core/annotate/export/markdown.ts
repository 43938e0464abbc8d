import type { AnnotationListItem } from '../../../shared/api';
import { annotationExportWords, type AnnotationExportWords } from '../../../shared/annotation-export-words';
import { formatPartialDate } from '../../../shared/i18n/dates';

/** An article's facts for the front matter. */
export interface ArticleFacts {
  id: string;
  title: string;
  site: string | null;
  published: string | null;
  author: string | null;
  source: string;
}

/** A YAML scalar, always quoted: titles hold colons, quotes and `#`. */
function yaml(value: string | null): string {
  return value === null ? 'null' : JSON.stringify(value);
}

/** The quote as a Markdown block quote, each line prefixed, so line breaks survive. */
function blockQuote(text: string): string {
  return text.split('\n').map((l) => `> ${l}`.trimEnd()).join('\n');
}

/** Tags as Obsidian tags: `#tag`, spaces become hyphens. */
function hashtags(tags: string[]): string {
  return tags.map((t) => `#${t.replace(/\s+/g, '-')}`).join(' ');
}

function annotationBlock(a: AnnotationListItem, w: AnnotationExportWords): string {
  const lines = [blockQuote(a.quote.exact)];
  const status = w.status(a.status);
  const meta = [a.color ? w.highlight(a.color) : null, status ? `(${status})` : null].filter(Boolean).join(' ');
  if (meta) lines.push(`> — ${meta}`);
  if (a.note) lines.push('', a.note.trim());
  if (a.tags.length) lines.push('', hashtags(a.tags));
  for (const l of a.links) lines.push('', `*${w.relation[l.relation]}:* “${l.quote}”`);
  return lines.join('\n');
}

/**
 * One article's annotations as Markdown with YAML front matter (title, outlet, date, source),
 * readable in Obsidian: each highlight a block quote, its note below, tags as `#tags`.
 */
export function articleMarkdown(article: ArticleFacts, annotations: AnnotationListItem[], lang = 'en'): string {
  const w = annotationExportWords(lang);
  const front = [
    '---',
    `title: ${yaml(article.title)}`,
    `outlet: ${yaml(article.site)}`,
    `date: ${yaml(article.published)}`,
    `author: ${yaml(article.author)}`,
    `source: ${yaml(article.source)}`,
    `parallax_id: ${yaml(article.id)}`,
    `annotations: ${annotations.length}`,
    '---',
  ].join('\n');
  return `${front}\n\n# ${article.title}\n\n${annotations.map((a) => annotationBlock(a, w)).join('\n\n---\n\n')}\n`;
}

/**
 * The whole library's annotations in one Markdown file, a section per article, worded in `lang`
 * (the UI's language; English by default): the dates as the app writes them, not as stored.
 */
export function libraryMarkdown(groups: { article: ArticleFacts; annotations: AnnotationListItem[] }[], exportedAt: string, lang = 'en'): string {
  const w = annotationExportWords(lang);
  const total = groups.reduce((n, g) => n + g.annotations.length, 0);
  const front = ['---', `title: ${yaml(w.libraryTitle)}`, `exported: ${yaml(exportedAt)}`, `articles: ${groups.length}`, `annotations: ${total}`, '---'].join('\n');
  const sections = groups.map(({ article, annotations }) => {
    const date = article.published ? formatPartialDate(article.published, w.dateLocale) : null;
    const facts = [article.site, date, article.author].filter(Boolean).join(' · ');
    return `## ${article.title}\n\n${facts ? `*${facts}* · ` : ''}${w.source}: \`${article.source}\` · id \`${article.id}\`\n\n${annotations.map((a) => annotationBlock(a, w)).join('\n\n')}`;
  });
  return `${front}\n\n${sections.join('\n\n')}\n`;
}
