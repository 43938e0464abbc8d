/**
 * What a name is said with, to confirm that two close spellings (`Hanija`/`Haniyeh`) are one
 * person (`entity-groups.ts`): the other people named in its reports (skeletons of their
 * surnames) and the roles written before it (`Kreml-Berater Uschakow`, `Hamas-Chef Hanija`),
 * as `~kremlberater`. Read from the stored mentions of at most `CONTEXT_ARTICLES` reports.
 */
import type { ReadDb } from '../store/db';
import { articlesOfName, mentionsInText, namesInArticle, type NameStat } from '../store/queries/entities';
import { isRoleWord } from '../analysis/entity-words';
import { foldText } from '../text/fold';
import { isLetterOrDigitCode } from '../text/chars';
import { nameSkeleton } from '../text/transliteration';

/** Articles a name context looks at, at most: a name in thousands of reports needs no confirming. */
const CONTEXT_ARTICLES = 20;

/** The context of a name (see the module comment); an empty set when it has none. */
export function nameContext(db: ReadDb): (s: NameStat) => ReadonlySet<string> {
  return (s) => {
    const out = new Set<string>();
    const own = nameSkeleton(s.name.split(' ').pop()!);
    for (const id of articlesOfName(db, s.kind, s.name).slice(0, CONTEXT_ARTICLES)) {
      for (const n of namesInArticle(db, id)) {
        if (n.kind !== 'person') continue;
        const k = nameSkeleton(n.name.split(' ').pop()!);
        if (k && k !== own) out.add(k);
      }
    }
    for (const { text, spans } of mentionsInText(db, s.kind, s.name, CONTEXT_ARTICLES)) {
      for (const [start] of spans) {
        const role = wordBefore(text, start);
        if (role && isRoleWord(role)) out.add(`~${foldText(role).replace(/-/g, '')}`);
      }
    }
    return out;
  };
}

/** The word (hyphens kept: `Kreml-Berater`) right before `at`, past spaces only; null at a line or sentence break. */
function wordBefore(text: string, at: number): string | null {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
  let start = end;
  while (start > 0 && (isLetterOrDigitCode(text.charCodeAt(start - 1)) || text[start - 1] === '-')) start--;
  return start < end ? text.slice(start, end) : null;
}
