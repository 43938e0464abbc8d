/**
 * A comparison as one self-contained HTML file: inline CSS, no scripts, no external assets,
 * every piece of text escaped. Columns per report (sentences marked by how they align, wire copy
 * underlined), then the aligned pairs with their differences, shared passages and sources. It
 * says what the compare view says the same way: the reports by outlet, else by their number
 * (`Report 2`), the legend's keys in the view's order, the words of `shared/compare-legend.ts`.
 */
import { LEGEND_COLOURS, LINE_COLOURS, legendWords, type LegendWords } from '../../shared/compare-legend';
import { wireSentenceKeys } from '../../shared/compare-marks';
import { pairLineGroups, sentenceText, type PairLineContext } from '../../shared/compare-pair-lines';
import type { AlignedPair, ComparedArticle, Comparison } from '../../shared/api';
import { layoutTree, type LayoutNode } from '../../shared/block-layout';
import { formatPartialDate } from '../../shared/i18n/dates';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * The file's own policy: it has no scripts and loads nothing, so it allows nothing but its
 * inline style. Should escaping ever miss, a browser opening the file still runs nothing.
 */
const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** The page's style: the legend's colours (`shared/compare-legend.ts`), as in the compare view. */
const CSS = `
body{font:15px/1.5 Georgia,serif;margin:2rem;color:#222;background:#fff}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
.cols{display:grid;gap:1.5rem;grid-template-columns:repeat(var(--n),minmax(0,1fr))}
.col h2{font-size:1rem;margin:0 0 .2rem}.meta{color:#666;font-size:.85rem;margin-bottom:.8rem}
.s{margin:0 0 .4rem;padding:.1rem .3rem;border-left:3px solid transparent}
.same{background:${LEGEND_COLOURS.same}}.paraphrase{background:${LEGEND_COLOURS.paraphrase}}.related{background:${LEGEND_COLOURS.related}}
.unique{border-left:3px dotted #888}.wire{text-decoration:underline dotted #777;text-decoration-thickness:1.5px;text-underline-offset:3px}
.carrier{display:block;margin-top:.2rem;font-style:italic}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-top:1px solid #ddd;padding:.3rem;vertical-align:top;text-align:left}
.tag{display:inline-block;font:12px/1.6 system-ui,sans-serif;padding:0 .4rem;border-radius:3px;background:#eee;margin-right:.2rem}
.legend span{margin-right:1rem}
.col ul,.col ol{margin:0 0 .4rem;padding-left:1.3rem}.col blockquote{margin:0 0 .4rem;padding-left:.8rem;border-left:3px solid #ccc}
.col h3,.col h4,.col h5{font-size:.95rem;margin:.8rem 0 .3rem}.col pre{font-size:.85rem;white-space:pre-wrap;margin:0}
.why{margin:0 0 .3rem}.muted{color:${LINE_COLOURS.muted};margin:0}
td h3{font:600 11px/1.4 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.04em;color:${LINE_COLOURS.muted};margin:.4rem 0 .1rem}
td ul{list-style:none;margin:0;padding:0}.side{display:block}.kind{color:${LINE_COLOURS.muted};font-size:.8rem;margin-left:.2rem}
li.differs .kind,li.spelling .kind{color:${LINE_COLOURS.check};font-weight:600}
@media print{body{margin:0;font-size:11pt}@page{margin:1.5cm}
.s,.legend span{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.s,tr,li{break-inside:avoid}h1,h2,h3{break-after:avoid}}
`;

/**
 * A pair's note, drawn as the view's differences panel draws it: why it is joined, then each
 * heading with its lines (`shared/compare-pair-lines.ts`), or the panel's "nothing differs".
 */
function pairNote(c: Comparison, p: AlignedPair, w: LegendWords, ctx: PairLineContext): string {
  const why = p.reasons.length ? `<p class="why">${escapeHtml(w.why)}: ${escapeHtml(p.reasons.map((r) => w.reason(r)).join(' · '))}</p>` : '';
  const groups = pairLineGroups(c, p, w, ctx);
  if (groups.length === 0) return `${why}<p class="muted">${escapeHtml(w.diffNone)}</p>`;
  const side = (t: string | null) => (t === null ? '' : `<span class="side">${escapeHtml(t)}</span>`);
  const lines = groups.map((g) => {
    const items = g.lines.map((l) => {
      const words = g.paired ? `${escapeHtml(l.a ?? '—')} ↔ ${escapeHtml(l.b ?? '—')}` : g.what === 'sources' ? escapeHtml((l.a ?? l.b)!) : `${side(l.a)}${side(l.b)}`;
      const carrier = l.carrier ? `<span class="carrier">„${escapeHtml(sentenceText(c, l.carrier))}“</span>` : '';
      return `<li class="${l.cls}">${words} <span class="kind">${escapeHtml(l.kind)}</span>${carrier}</li>`;
    });
    return `<h3>${escapeHtml(g.heading)}</h3><ul>${items.join('')}</ul>`;
  });
  return why + lines.join('');
}

/** The HTML document of a comparison, worded in `lang` (the UI's language; English by default). */
export function comparisonHtml(c: Comparison, lang = 'en'): string {
  const w = legendWords(lang);
  // Dates as the app writes them in that language ("19 Nov 2025, 09:47", "19. Nov. 2025, 09:47"), not as stored.
  const dateLocale = lang === 'de' ? 'de' : 'en-GB';
  const className = (k: string) => (k === 'same' ? w.same : k === 'paraphrase' ? w.paraphrase : w.related);
  const cls = new Map<string, string>();
  const rank = { same: 3, paraphrase: 2, related: 1 } as const;
  for (const p of c.pairs) {
    for (const r of [p.a, p.b]) {
      const k = `${r.articleId}:${r.sentence}`;
      const prev = cls.get(k);
      if (!prev || rank[p.class] > rank[prev as keyof typeof rank]) cls.set(k, p.class);
    }
  }
  // The names the view gives the reports: the outlet, else the report's number.
  const name = (id: string) => {
    const i = c.articles.findIndex((a) => a.id === id);
    return c.articles[i]?.site ?? w.reportN(i + 1);
  };
  const wire = wireSentenceKeys(c);
  const cols = c.articles
    .map((a, i) => {
      const unique = new Set(a.unique);
      const sentence = (k: number, tag = 'p') =>
        `<${tag} class="s ${unique.has(k) ? 'unique' : (cls.get(`${a.id}:${k}`) ?? '')}${wire.has(`${a.id}:${k}`) ? ' wire' : ''}">${escapeHtml(a.sentences[k]!.text)}</${tag}>`;
      const body = a.layout?.length ? structuredBody(a, sentence) : a.sentences.map((_, k) => sentence(k)).join('\n');
      const meta = [name(a.id), a.published ? formatPartialDate(a.published, dateLocale) : null, a.sources.length ? `${w.sources}: ${a.sources.map((s) => s.name).join(', ')}` : null].filter(Boolean).join(' · ');
      // The report's words in its language (the title, the text); the meta line is the UI's.
      const lang = a.lang ? ` lang="${escapeHtml(a.lang)}"` : '';
      return `<section class="col"><h2>${i + 1}. <span${lang}>${escapeHtml(a.title)}</span></h2><div class="meta">${escapeHtml(meta)}</div><div${lang}>${body}</div></section>`;
    })
    .join('\n');
  const sentence = (id: string, k: number) => escapeHtml(c.articles.find((a) => a.id === id)!.sentences[k]!.text);
  const rows = c.pairs
    .map((p) => `<tr><td><span class="s ${p.class}">${escapeHtml(className(p.class))}</span></td><td>${escapeHtml(name(p.a.articleId))}: ${sentence(p.a.articleId, p.a.sentence)}</td><td>${escapeHtml(name(p.b.articleId))}: ${sentence(p.b.articleId, p.b.sentence)}</td><td>${pairNote(c, p, w, { name, date: (v) => formatPartialDate(v, dateLocale) })}</td></tr>`)
    .join('\n');
  const passages = c.passages
    .map((p) => `<li>${p.isWireCopy ? `<span class="tag">${escapeHtml(w.wireCopy)}</span>` : ''}${escapeHtml(w.wordsIn(p.words, p.occurrences.map((o) => name(o.articleId)).join(', ')))}: „${escapeHtml(p.text)}“</li>`)
    .join('\n');
  const sources = c.sources.map((s) => `<li>${escapeHtml(s.name)} <span class="kind">${escapeHtml(w.citedBy(s.articleIds.map(name).join(', ')))}</span></li>`).join('\n');
  const spellings = c.spellings.map((s) => `<li>${escapeHtml(s.name)}: ${s.variants.map((v) => `${escapeHtml(v.text)} (${escapeHtml(v.articleIds.map(name).join(', '))})`).join(' / ')}</li>`).join('\n');
  return `<!doctype html>
<html lang="${lang === 'de' ? 'de' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">
<title>Parallax: ${escapeHtml(c.articles.map((a) => a.title).join(' | '))}</title>
<style>${CSS}</style></head>
<body>
<main>
<h1>${escapeHtml(w.title(c.articles.length))}</h1>
<p class="legend" aria-label="${escapeHtml(w.legend)}"><span class="s same">${escapeHtml(w.same)}</span><span class="s paraphrase">${escapeHtml(w.paraphrase)}</span><span class="s related">${escapeHtml(w.related)}</span><span class="wire">${escapeHtml(w.wireCopy)}</span><span class="s unique">${escapeHtml(w.unique)}</span></p>
<div class="cols" style="--n:${c.articles.length}">
${cols}
</div>
<h2>${escapeHtml(w.alignedSentences)}</h2>
<table><tbody>
${rows}
</tbody></table>
<h2>${escapeHtml(w.sharedPassages)}</h2><ul>${passages || `<li>${escapeHtml(w.none)}</li>`}</ul>
<h2>${escapeHtml(w.citedSources)}</h2><ul>${sources || `<li>${escapeHtml(w.none)}</li>`}</ul>
<h2>${escapeHtml(w.spellings)}</h2><ul>${spellings || `<li>${escapeHtml(w.none)}</li>`}</ul>
</main>
</body></html>
`;
}

/** A column's sentences in the headings, lists and quotes a Markdown or HTML report's markup states. */
function structuredBody(a: ComparedArticle, sentence: (k: number, tag?: string) => string): string {
  const byBlock = new Map<number, number[]>();
  a.sentences.forEach((s, k) => byBlock.set(s.block, [...(byBlock.get(s.block) ?? []), k]));
  // The column's title is an h2 under the page's h1: the report's own headings stand below it,
  // one level each, so a screen reader's list of headings has no gap.
  const tags = { p: 'p', h2: 'h3', h3: 'h4', h4: 'h5', pre: 'pre' } as const;
  const blockHtml = (block: number, tag = 'p') => (byBlock.get(block) ?? []).map((k) => sentence(k, tag)).join('\n');
  const nodesHtml = (nodes: LayoutNode[]): string =>
    nodes
      .map((n) => {
        if (n.type === 'block') return blockHtml(n.block, tags[n.as]);
        if (n.type === 'quote') return `<blockquote>${nodesHtml(n.children)}</blockquote>`;
        const tag = n.ordered ? 'ol' : 'ul';
        const items = n.items.map((i) => `<li${i.number !== null ? ` value="${i.number}"` : ''}>${i.block !== null ? blockHtml(i.block) : ''}${nodesHtml(i.children)}</li>`);
        return `<${tag}>${items.join('')}</${tag}>`;
      })
      .join('\n');
  return nodesHtml(layoutTree(a.layout ?? []));
}
