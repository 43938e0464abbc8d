import type { CompareAnalysis } from '../../analysis/article-rows';
import { compareRowCells, type CompareRowCells } from '../../store/queries/compare-writes';

/** The cells of an analysis's rows, as they are written and sent between threads (null: the article has none). */
export function analysisCells(a: CompareAnalysis | null): CompareRowCells | null {
  return a && compareRowCells(a.mentions, a.timeline, a.docDate, a.keys, a.aliases);
}
