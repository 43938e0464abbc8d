/**
 * Hostile reports and annotations. Every payload that would run sets `window.__pwned` (or its
 * parent's) to a name saying which one ran; every element an attacker would like to see live
 * carries `data-evil`. A test passes when neither shows up anywhere.
 */

const run = (name: string) => `(window.__pwned=window.__pwned||[]).push('${name}')`;

/** Markup every format below carries, in one form or another. */
const MARKUP = [
  `<script>${run('script')}</script>`,
  `<img data-evil src=x onerror="${run('img-onerror')}">`,
  `<svg data-evil onload="${run('svg-onload')}"><script>${run('svg-script')}</script></svg>`,
  `<iframe data-evil src="javascript:parent.__pwned=['iframe-js']"></iframe>`,
  `<iframe data-evil srcdoc="<script>parent.__pwned=['iframe-srcdoc']</script>"></iframe>`,
  `<a data-evil href="javascript:${run('link')}">Quelle</a>`,
  `<object data-evil data="data:text/html,<script>parent.__pwned=['object']</script>"></object>`,
  `<embed data-evil src="javascript:${run('embed')}">`,
  `<form data-evil action="javascript:${run('form')}"><button data-evil>Senden</button></form>`,
  `<b data-evil onmouseover="${run('hover')}" style="position:fixed;inset:0">fett</b>`,
  `<style data-evil>body{background:url("javascript:${run('css')}")}</style>`,
  `<math data-evil><mtext><table><mglyph><style><img src=x onerror="${run('mxss')}">`,
];

/** The shared story of the hostile reports, so that search and compare find them together. */
const STORY = 'Der Gipfel in Genf endete ohne Einigung. Die Delegationen reisten am Abend ab.';

export interface HostileFile {
  name: string;
  title: string;
  content: string;
}

/** One hostile report per format: HTML, Markdown, plain text, JSON Lines (payloads in every field). */
export const HOSTILE_FILES: HostileFile[] = [
  {
    name: 'angriff.html',
    title: 'Angriff im HTML',
    content: `<!doctype html><html><head><title>Angriff im HTML</title><script>${run('head')}</script>
<meta http-equiv="refresh" content="0;url=javascript:${run('meta')}"><base href="https://evil.example/">
<link rel="stylesheet" href="https://evil.example/x.css"></head><body><article><h1>Angriff im HTML ${MARKUP[1]}</h1>
<p>${STORY} ${MARKUP.join(' ')}</p><p>Zweiter Absatz: &lt;script&gt;${run('escaped')}&lt;/script&gt; bleibt Text.</p>
<p>Dritter Absatz über Genf und die Gespräche, die ohne Ergebnis blieben, wie alle sagten.</p></article></body></html>`,
  },
  {
    name: 'angriff.md',
    title: 'Angriff im Markdown',
    content: `# Angriff im Markdown\n\n${STORY} [klick](javascript:${run('md-link')}) ![bild](javascript:${run('md-img')})\n\n${MARKUP.join('\n\n')}\n\n<div data-evil onclick="${run('md-div')}">Klick</div>\n\nDritter Absatz über Genf und die Gespräche, die ohne Ergebnis blieben.\n`,
  },
  {
    name: 'angriff.txt',
    title: 'Angriff im Text',
    content: `Angriff im Text\n\n${STORY} ${MARKUP.slice(0, 6).join(' ')}\n\n${MARKUP.slice(6).join(' ')} Dritter Absatz über Genf und die Gespräche.\n`,
  },
  {
    name: 'angriff.jsonl',
    title: `Angriff in JSON Lines`,
    content: `${JSON.stringify({
      id: 'evil-1',
      title: `Angriff in JSON Lines`,
      site: `<img data-evil src=x onerror="${run('site')}">`,
      author: `<script>${run('author')}</script>`,
      url: `javascript:${run('url')}`,
      published: '2025-11-20',
      lang: `de"><script>${run('lang')}</script>`,
      category: `<svg data-evil onload="${run('category')}">`,
      text: `${STORY} ${MARKUP.join(' ')}\n\nDritter Absatz über Genf und die Gespräche, die ohne Ergebnis blieben.`,
    })}\n`,
  },
];

/** Notes and tags of an imported W3C annotation export: Markdown and raw HTML that must stay inert. */
export const HOSTILE_NOTES = [
  `**Fett** und [klick](javascript:${run('note-link')}) und [daten](data:text/html,<script>${run('note-data')}</script>) ${MARKUP.join(' ')}`,
  `<img data-evil src=x onerror="${run('note-img')}"> ![x](javascript:${run('note-md-img')}) <a data-evil href="vbscript:x">vb</a>`,
];
export const HOSTILE_TAGS = [`<b data-evil onmouseover="${run('tag')}">Tag</b>`, `"><script>${run('tag-attr')}</script>`];

/**
 * Everything in `root` an attacker could have made live: `data-evil` elements, inline event
 * handlers, script URLs in links and sources, and (with `tags`, for regions that hold only
 * article text) scripts, frames, plugins, forms, base and meta elements. Runs in the page, so
 * it closes over nothing.
 */
export function liveMarkupIn(root: Element, tags: boolean): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (tags && ['script', 'iframe', 'frame', 'object', 'embed', 'form', 'base', 'meta', 'link', 'style'].includes(tag)) found.push(tag);
    if (el.hasAttribute('data-evil')) found.push(`${tag}[data-evil]`);
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) found.push(`${tag}[${a.name}]`);
      if (/^(href|src|action|formaction|data|xlink:href|srcdoc)$/i.test(a.name) && /^\s*(javascript|vbscript|data:text\/html)|<script/i.test(a.value)) found.push(`${tag}[${a.name}=${a.value.slice(0, 20)}]`);
    }
  }
  return found;
}
