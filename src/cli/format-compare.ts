import type { Comparison, EntitySummary, Story, TimelineEvent } from '../shared/api';
import { legendWords } from '../shared/compare-legend';
import { formatFor } from '../shared/i18n';
import { CLI_LANG, cliWords } from './words';

/**
 * The compare commands' text output in the person's language: the comparison worded with the
 * app's legend (the same class names and reasons as the compare view and its HTML export),
 * the timeline, the names and the stories.
 */

const letterOf = (i: number) => String.fromCharCode(65 + i);

/** Aligned sentences with class, score and why; shared passages; what only one report has. */
export function formatComparison(c: Comparison): string {
  const w = cliWords();
  const l = legendWords(CLI_LANG);
  const out: string[] = [];
  const letter = (id: string) => letterOf(c.articles.findIndex((a) => a.id === id));
  const text = (id: string, k: number) => c.articles.find((a) => a.id === id)!.sentences[k]!.text;
  c.articles.forEach((a, i) => out.push(`${letterOf(i)}  ${a.id}  ${a.title}${a.sources.length ? `  [${l.sources}: ${a.sources.map((s) => s.name).join(', ')}]` : ''}`));
  out.push('', l.alignedSentences);
  const pad = '                   ';
  for (const p of c.pairs) {
    out.push(`  ${l[p.class]} (${formatFor(CLI_LANG).fixed(p.score, 2)})`, `${pad}${letter(p.a.articleId)}: ${text(p.a.articleId, p.a.sentence)}`, `${pad}${letter(p.b.articleId)}: ${text(p.b.articleId, p.b.sentence)}`);
    if (p.reasons.length) out.push(`${pad}${l.why}: ${p.reasons.map((r) => l.reason(r)).join(' · ')}`);
    for (const n of p.differences.names) if (n.kind === 'spelling' && n.a && n.b) out.push(`${pad}${l.spellingOf(n.a, n.b)}`);
  }
  if (c.passages.length) out.push('', l.sharedPassages, ...c.passages.map((p) => `  ${p.isWireCopy ? `${l.wireCopy}, ` : ''}${w.passageWords(p.words)}: ${p.text}`));
  out.push('', w.onlyInOne);
  for (const a of c.articles) for (const k of a.unique) out.push(`  ${letter(a.id)}: ${a.sentences[k]!.text}`);
  return out.join('\n');
}

/** Each dated event with the sentences that date it. */
export function formatTimeline(events: TimelineEvent[]): string {
  const w = cliWords();
  return events
    .map((e) => `${e.date}${e.endDate ? `–${e.endDate}` : ''}  ${e.label}\n${e.mentions.map((m) => `    ${m.articleId}${m.inferred ? w.inferred : ''}: ${m.sentence}`).join('\n')}`)
    .join('\n');
}

/** One line per name: its kind, its spellings, how many reports name it. */
export function formatEntities(list: EntitySummary[]): string {
  const w = cliWords();
  return list
    .map((e) => `${w.kindColumn(e.kind).padEnd(12)} ${e.name}${e.variants.length > 1 ? `  (${e.variants.map((v) => v.text).join(' / ')})` : ''}  — ${w.reportsOf(e.articleCount)}`)
    .join('\n');
}

/** Each story: its label, its size and dates, then its reports' ids. */
export function formatStories(stories: Story[]): string {
  const w = cliWords();
  if (stories.length === 0) return w.noStories;
  return stories
    .map((s) => `${s.label}  — ${w.reportsOf(s.articleIds.length)}${s.from ? `, ${s.from === s.to || !s.to ? s.from : w.span(s.from, s.to)}` : ''}\n  ${s.articleIds.join(' ')}`)
    .join('\n');
}
