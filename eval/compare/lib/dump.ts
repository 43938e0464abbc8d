import type { ArticleId, EntitySummary } from '../../../src/shared/api';
import type { GoldSet } from './gold';
import type { EvalLibrary } from './library';

/**
 * `--dump`: what the product shows for the given sets' reports only — person entities, timeline
 * rows, stories — for looking, not scoring (never called for the held-out sets).
 */
export async function dump(lib: EvalLibrary, sets: GoldSet[]): Promise<void> {
  const keyOf = new Map([...lib.ids].map(([k, v]) => [v, k]));
  const ids = new Set<ArticleId>(sets.flatMap((s) => s.reports.map((r) => lib.ids.get(`${s.id}/${r.key}`)!)));
  const people = new Map<string, EntitySummary>();
  for (const id of ids) for (const e of await lib.api.listEntities({ kind: 'person', articleId: id, limit: 5000 })) people.set(e.id, e);
  console.log('\n── people');
  for (const e of [...people.values()].sort((a, b) => a.name.localeCompare(b.name))) console.log(`  ${e.name}  [${e.variants.map((v) => `${v.text}×${v.count}`).join(', ')}]  ${e.articleCount} reports`);
  console.log('\n── timeline rows');
  for (const r of await lib.api.getTimeline({ limit: 10000 })) {
    const mine = r.articleIds.filter((id) => ids.has(id));
    if (mine.length) console.log(`  ${r.date}${r.endDate ? `–${r.endDate}` : ''} “${r.label}” ${mine.map((id) => keyOf.get(id)).join(', ')}`);
  }
  console.log('\n── stories');
  for (const s of await lib.api.listStories()) {
    const mine = s.articleIds.filter((id) => ids.has(id));
    if (mine.length) console.log(`  “${s.label}” ${mine.map((id) => keyOf.get(id)).join(', ')}`);
  }
}
