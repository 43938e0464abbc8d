/**
 * Parsers for the compare calls' arguments. Each takes `unknown` and returns typed data or
 * throws `BAD_INPUT` with a message that starts with the module and names the bad value.
 */
import type { ArticleId, ComparisonExportFormat } from '../../shared/api';
import { bad, parseArticleId, show } from '../validate';

const FORMATS: readonly ComparisonExportFormat[] = ['html'];
/** More ids than this is not a comparison but a mistake; refused before looking them up. */
const MAX_IDS = 64;

/** The ids to compare (their count is checked by the comparison, which names the limits). */
export function parseCompareIds(x: unknown): ArticleId[] {
  if (!Array.isArray(x)) bad(`compare: ids must be a list of article ids, not ${show(x)}`);
  if (x.length > MAX_IDS) bad(`compare: at most 4 articles at once (got ${x.length})`);
  return x.map(parseArticleId);
}

/** The export format of a comparison. */
export function parseComparisonFormat(x: unknown): ComparisonExportFormat {
  if (!FORMATS.includes(x as ComparisonExportFormat)) bad(`compare: unknown export format ${show(x)}; use ${FORMATS.join(', ')}`);
  return x as ComparisonExportFormat;
}
