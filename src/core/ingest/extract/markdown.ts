/**
 * Markdown input: renders it to the plain text a reader sees (the canonical text of the
 * article) and reads the first `# heading` as the stated title. Only the common inline syntax
 * is rendered (emphasis, links, images, code spans, headings, quotes, rules); list markers stay,
 * because the block typing reads them. Front matter (`---` … `---`) yields title and date.
 */

/** What `renderMarkdown` returns: the text, plus a title/date the document states. */
export interface MarkdownRender {
  text: string;
  title: string | null;
  published: string | null;
}

/** Renders Markdown to plain text. Never throws. */
export function renderMarkdown(md: string): MarkdownRender {
  let title: string | null = null;
  let published: string | null = null;
  let src = md;
  const front = /^---\n([\s\S]*?)\n---\n/.exec(src);
  if (front) {
    const t = /^title:\s*["']?(.+?)["']?\s*$/m.exec(front[1]!);
    const d = /^date:\s*["']?(\d{4}-\d{2}(?:-\d{2})?)/m.exec(front[1]!);
    if (t) title = t[1]!;
    if (d) published = d[1]!;
    src = src.slice(front[0].length);
  }
  let inFence = false;
  const out: string[] = [];
  for (const raw of src.split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) { inFence = !inFence; continue; }
    if (inFence) { out.push(raw); continue; }
    let line = raw;
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) { out.push(''); continue; }
    const h = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      line = h[2]!;
      if (h[1] === '#' && title === null) title = inline(line);
    }
    line = line.replace(/^\s{0,3}>\s?/, '');
    out.push(inline(line));
  }
  return { text: out.join('\n').replace(/\n{3,}/g, '\n\n').trim(), title, published };
}

function inline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])/g, '$2');
}
