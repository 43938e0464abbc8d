/**
 * `npm run eval:names -- --quotes [--misses] [--sentences FILE]`: who a quote's speaker is when
 * the sentence names only a role (`„…“, so der Präsident`; names6 pass, `quote-roles.tsv`): the
 * person the report names in that role, or no one, never a wrong person.
 */
import { readFileSync } from 'node:fs';
import { findEntities } from '../../src/core/analysis/entities';
import { findQuotes } from '../../src/core/analysis/quotes';
import { findSources } from '../../src/core/analysis/sources';
import { splitSentences } from '../../src/core/text/sentences';

export function quoteCheck(root: string, misses: boolean, file?: string): void {
  const tally = { right: 0, none: 0, wrong: 0 };
  for (const raw of readFileSync(file ?? `${root}eval/names/quote-roles.tsv`, 'utf8').split('\n')) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    const [gold, cue, text] = raw.split('\t') as [string, string, string];
    const spans = splitSentences(text);
    const quote = findQuotes(text, spans, findEntities(text, spans, { sources: findSources(text, spans) })).find((q) => q.text.includes(cue));
    const said = quote?.speaker ?? '-';
    // One person by the surname the report calls them (`Bush` of `US-Präsident Bush`).
    const last = (n: string) => n.split(' ').pop();
    const v = said === gold || (said !== '-' && gold !== '-' && last(said) === last(gold)) ? 'right' : said === '-' ? 'none' : 'wrong';
    tally[v]++;
    if (misses && v !== 'right') console.log(`  ${v}: ${cue} → ${said} (gold ${gold})`);
  }
  console.log(`quotes by a role: right ${tally.right}, no one ${tally.none}, wrong person ${tally.wrong}`);
}
