import MarkdownIt from 'markdown-it';

/**
 * Notes are Markdown, rendered safely: raw HTML is escaped (`html: false`), markdown-it's own
 * link check refuses `javascript:`, `vbscript:`, `file:` and non-image `data:` URLs, images are
 * shown as their alt text (nothing is fetched), and links open outside the app (the Electron
 * shell hands `target=_blank` to the system browser; a browser opens a new tab).
 */
const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
md.disable(['image']);

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  token.attrSet('target', '_blank');
  token.attrSet('rel', 'noopener noreferrer');
  return defaultLinkOpen(tokens, idx, options, env, self);
};

/** A note's Markdown as HTML that is safe to insert with {@html}. */
export function renderNote(markdown: string): string {
  return md.render(markdown);
}
