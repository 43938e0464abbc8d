/**
 * A comparison as one self-contained HTML file: inline CSS, no scripts, no external assets,
 * every piece of text escaped. Columns per report (sentences marked by how they align), then
 * the aligned pairs with their differences, shared passages and sources.
 */
import type { AlignedPair, Comparison } from '../../shared/api';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const CSS = `
body{font:15px/1.5 Georgia,serif;margin:2rem;color:#222;background:#fff}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
.cols{display:grid;gap:1.5rem;grid-template-columns:repeat(var(--n),minmax(0,1fr))}
.col h3{font-size:1rem;margin:0 0 .2rem}.meta{color:#666;font-size:.85rem;margin-bottom:.8rem}
.s{margin:0 0 .4rem;padding:.1rem .3rem;border-left:3px solid transparent}
.same{border-color:#2a7;background:#eefaf3}.paraphrase{border-color:#37c;background:#eef4fd}.related{border-color:#bbb}
.unique{border-color:#d80;background:#fff7e6}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border-top:1px solid #ddd;padding:.3rem;vertical-align:top;text-align:left}
.tag{display:inline-block;font:12px/1.6 system-ui,sans-serif;padding:0 .4rem;border-radius:3px;background:#eee;margin-right:.2rem}
.legend span{margin-right:1rem}
`;

function pairNote(p: AlignedPair): string {
  const d = p.differences;
  const notes: string[] = [];
  for (const f of d.figures) {
    if (f.kind === 'same') notes.push(`figure: ${f.a!.text} / ${f.b!.text}${f.qualifiersDiffer ? ' (same figure, other words)' : ''}`);
    else if (f.kind === 'differs') notes.push(`figures differ: ${f.a!.text} / ${f.b!.text}`);
    else notes.push(`figure only in ${f.kind === 'only-a' ? 'A' : 'B'}: ${(f.a ?? f.b)!.text}`);
  }
  for (const x of d.dates) if (x.kind !== 'same') notes.push(`date ${x.kind}: ${x.a?.text ?? '—'} / ${x.b?.text ?? '—'}`);
  for (const n of d.names) if (n.kind === 'spelling') notes.push(`spelling: ${n.a} / ${n.b}`);
  for (const q of d.quotes) notes.push(`quote ${q.kind}: ${(q.a ?? q.b)!.text.slice(0, 80)}`);
  for (const s of d.sources) notes.push(`source ${s.kind === 'same' ? 'both' : s.kind}: ${s.name}`);
  return notes.map((n) => `<span class="tag">${escapeHtml(n)}</span>`).join(' ');
}

/** The HTML document of a comparison. */
export function comparisonHtml(c: Comparison): string {
  const cls = new Map<string, string>();
  const rank = { same: 3, paraphrase: 2, related: 1 } as const;
  for (const p of c.pairs) {
    for (const r of [p.a, p.b]) {
      const k = `${r.articleId}:${r.sentence}`;
      const prev = cls.get(k);
      if (!prev || rank[p.class] > rank[prev as keyof typeof rank]) cls.set(k, p.class);
    }
  }
  const letter = (id: string) => String.fromCharCode(65 + c.articles.findIndex((a) => a.id === id));
  const cols = c.articles
    .map((a, i) => {
      const unique = new Set(a.unique);
      const body = a.sentences
        .map((s, k) => `<p class="s ${unique.has(k) ? 'unique' : (cls.get(`${a.id}:${k}`) ?? '')}">${escapeHtml(s.text)}</p>`)
        .join('\n');
      const meta = [a.site, a.published, a.sources.length ? `sources: ${a.sources.map((s) => s.name).join(', ')}` : null].filter(Boolean).join(' · ');
      return `<section class="col"><h3>${String.fromCharCode(65 + i)}. ${escapeHtml(a.title)}</h3><div class="meta">${escapeHtml(meta)}</div>${body}</section>`;
    })
    .join('\n');
  const sentence = (id: string, k: number) => escapeHtml(c.articles.find((a) => a.id === id)!.sentences[k]!.text);
  const rows = c.pairs
    .map((p) => `<tr><td>${p.class} ${p.score.toFixed(2)}</td><td>${letter(p.a.articleId)}: ${sentence(p.a.articleId, p.a.sentence)}</td><td>${letter(p.b.articleId)}: ${sentence(p.b.articleId, p.b.sentence)}</td><td>${pairNote(p)}</td></tr>`)
    .join('\n');
  const passages = c.passages
    .map((p) => `<li>${p.isWireCopy ? '<span class="tag">wire copy</span>' : ''}${p.words} words in ${p.occurrences.map((o) => letter(o.articleId)).join(', ')}: „${escapeHtml(p.text)}“</li>`)
    .join('\n');
  const spellings = c.spellings.map((s) => `<li>${escapeHtml(s.name)}: ${s.variants.map((v) => `${escapeHtml(v.text)} (${v.articleIds.map(letter).join(', ')})`).join(' / ')}</li>`).join('\n');
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parallax: ${escapeHtml(c.articles.map((a) => a.title).join(' | '))}</title>
<style>${CSS}</style></head>
<body>
<h1>Comparison of ${c.articles.length} reports</h1>
<p class="legend"><span class="s same">same text</span><span class="s paraphrase">paraphrase</span><span class="s related">related</span><span class="s unique">only in this report</span></p>
<div class="cols" style="--n:${c.articles.length}">
${cols}
</div>
<h2>Aligned sentences</h2>
<table><thead><tr><th>class</th><th>sentence</th><th>sentence</th><th>differences</th></tr></thead><tbody>
${rows}
</tbody></table>
<h2>Shared passages</h2><ul>${passages || '<li>none</li>'}</ul>
<h2>Names spelled differently</h2><ul>${spellings || '<li>none</li>'}</ul>
</body></html>
`;
}
