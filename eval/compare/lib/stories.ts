import type { ArticleId } from '../../../src/shared/api';
import type { GoldSet } from './gold';
import type { EvalLibrary } from './library';

/** Stories against gold: purity, and its inverse (how whole each gold story stays). */
export interface StoriesScore {
  reports: number;
  purity: number;
  completeness: number;
  inStory: number;
  detail: string[];
}

/** Scores `listStories` restricted to the sets' reports; a report in no story is a story of one. */
export async function scoreStories(lib: EvalLibrary, sets: GoldSet[]): Promise<StoriesScore> {
  const gold = sets.flatMap((s) => s.stories.map((st) => st.map((k) => lib.ids.get(`${s.id}/${k}`)!)));
  const all = new Set<ArticleId>(gold.flat());
  const stories = await lib.api.listStories();
  const pred = stories.map((s) => s.articleIds.filter((id) => all.has(id))).filter((s) => s.length > 0);
  const placed = new Set(pred.flat());
  const clusters = [...pred, ...[...all].filter((id) => !placed.has(id)).map((id) => [id])];
  const overlap = (a: ArticleId[], b: ArticleId[]) => a.filter((id) => b.includes(id)).length;
  const n = all.size;
  const keyOf = new Map([...lib.ids].map(([k, v]) => [v, k]));
  return {
    reports: n,
    purity: clusters.reduce((sum, c) => sum + Math.max(...gold.map((g) => overlap(c, g))), 0) / n,
    completeness: gold.reduce((sum, g) => sum + Math.max(...clusters.map((c) => overlap(c, g))), 0) / n,
    inStory: pred.filter((c) => c.length > 1).flat().length,
    detail: pred.map((c) => c.map((id) => keyOf.get(id) ?? id).join(', ')),
  };
}
