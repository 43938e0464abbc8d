import { writeFileSync } from 'node:fs';
import type { Comparison, EntityKind, TimelineEvent } from '../../shared/api';
import { CliError } from '../context';
import { resolveId, withService, type LibraryFlags } from './library-commands';

/** Flags of the compare commands. */
export interface CompareFlags extends LibraryFlags {
  format?: string;
  out?: string;
  kind?: string;
  from?: string;
  to?: string;
  limit?: string;
}

/**
 * `parallax compare ID ID [ID…] [--json] [--format html --out FILE]`: aligned sentences with
 * class and score, shared passages, differences, and the sentences only one report has.
 */
export async function compareCommand(idArgs: string[], flags: CompareFlags): Promise<number> {
  if (idArgs.length < 2) throw new CliError('compare: give two to four article ids, e.g. parallax compare 1a2b 3c4d (see parallax list)', 2);
  if (idArgs.length > 4) throw new CliError(`compare: at most four articles at once (got ${idArgs.length})`, 2);
  if (flags.format && flags.format !== 'html') throw new CliError('compare: --format must be html', 2);
  return withService(flags, async (api, db) => {
    const ids = idArgs.map((p) => resolveId(db, p, 'compare'));
    if (flags.format === 'html') {
      const file = await api.exportComparison(ids, 'html');
      if (flags.out) {
        writeFileSync(flags.out, file.content);
        console.error(`Wrote ${flags.out}`);
      } else process.stdout.write(file.content);
      return 0;
    }
    const c = await api.compareArticles(ids);
    console.log(flags.json ? JSON.stringify(c, null, 2) : formatComparison(c));
    return 0;
  });
}

/** `parallax timeline [--from D] [--to D] [--json]`: the library's dated events, oldest first. */
export async function timelineCommand(flags: CompareFlags): Promise<number> {
  return withService(flags, async (api) => {
    const events = await api.getTimeline({
      ...(flags.from ? { from: flags.from } : {}),
      ...(flags.to ? { to: flags.to } : {}),
      ...(flags.limit ? { limit: Number(flags.limit) } : {}),
    });
    console.log(flags.json ? JSON.stringify(events, null, 2) : formatTimeline(events));
    if (!flags.json) {
      // A capped list says so, with the true total (stderr: the list itself stays clean).
      const { total } = await api.getTimelinePage({ ...(flags.from ? { from: flags.from } : {}), ...(flags.to ? { to: flags.to } : {}), limit: 1 });
      if (total > events.length) console.error(`${events.length.toLocaleString('en')} of ${total.toLocaleString('en')} events; --limit N (up to 10000) for more`);
    }
    return 0;
  });
}

/** `parallax entities [--kind person|place|organisation] [--json]`: people, places and organisations. */
export async function entitiesCommand(flags: CompareFlags): Promise<number> {
  return withService(flags, async (api) => {
    const list = await api.listEntities({
      ...(flags.kind ? { kind: flags.kind as EntityKind } : {}),
      ...(flags.limit ? { limit: Number(flags.limit) } : {}),
    });
    if (flags.json) console.log(JSON.stringify(list, null, 2));
    else {
      for (const e of list) console.log(`${e.kind.padEnd(12)} ${e.name}${e.variants.length > 1 ? `  (${e.variants.map((v) => v.text).join(' / ')})` : ''}  — ${e.articleCount} report${e.articleCount === 1 ? '' : 's'}`);
      const { total } = await api.listEntityPage({ ...(flags.kind ? { kind: flags.kind as EntityKind } : {}), limit: 1 });
      if (total > list.length) console.error(`${list.length.toLocaleString('en')} of ${total.toLocaleString('en')} names; --limit N (up to 5000) for more`);
    }
    return 0;
  });
}

/**
 * `parallax stories [--json]`: reports grouped by the event or story they cover, largest first;
 * `--json` prints `{ stories: [{ id, label, articleIds, from, to, keywords }] }`.
 */
export async function storiesCommand(flags: CompareFlags): Promise<number> {
  return withService(flags, async (api) => {
    const stories = await api.listStories();
    if (flags.json) console.log(JSON.stringify({ stories }, null, 2));
    else if (stories.length === 0) console.log('No stories yet: no two reports cover the same event.');
    else for (const s of stories) console.log(`${s.label}  — ${s.articleIds.length} reports${s.from ? `, ${s.from === s.to ? s.from : `${s.from} to ${s.to}`}` : ''}\n  ${s.articleIds.join(' ')}`);
    return 0;
  });
}

function formatComparison(c: Comparison): string {
  const out: string[] = [];
  const letter = (id: string) => String.fromCharCode(65 + c.articles.findIndex((a) => a.id === id));
  c.articles.forEach((a, i) => out.push(`${String.fromCharCode(65 + i)}  ${a.id}  ${a.title}${a.sources.length ? `  [sources: ${a.sources.map((s) => s.name).join(', ')}]` : ''}`));
  out.push('', 'Aligned sentences');
  for (const p of c.pairs) {
    const sa = c.articles.find((a) => a.id === p.a.articleId)!.sentences[p.a.sentence]!.text;
    const sb = c.articles.find((a) => a.id === p.b.articleId)!.sentences[p.b.sentence]!.text;
    out.push(`  ${p.class.padEnd(10)} ${p.score.toFixed(2)}  ${letter(p.a.articleId)}: ${sa}`, `                   ${letter(p.b.articleId)}: ${sb}`);
    for (const f of p.differences.figures) if (f.a && f.b) out.push(`                   figure ${f.kind}: ${f.a.text} / ${f.b.text}`);
    for (const n of p.differences.names) if (n.kind === 'spelling') out.push(`                   spelling: ${n.a} / ${n.b}`);
  }
  if (c.passages.length) out.push('', 'Shared passages', ...c.passages.map((p) => `  ${p.isWireCopy ? 'wire copy, ' : ''}${p.words} words: ${p.text}`));
  out.push('', 'Only in one report');
  for (const a of c.articles) for (const k of a.unique) out.push(`  ${letter(a.id)}: ${a.sentences[k]!.text}`);
  return out.join('\n');
}

function formatTimeline(events: TimelineEvent[]): string {
  return events
    .map((e) => `${e.date}${e.endDate ? `–${e.endDate}` : ''}  ${e.label}\n${e.mentions.map((m) => `    ${m.articleId}${m.inferred ? ' (inferred)' : ''}: ${m.sentence}`).join('\n')}`)
    .join('\n');
}
