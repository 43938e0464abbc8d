/**
 * What a name is said with, to confirm that two close spellings (`Hanija`/`Haniyeh`) are one
 * person (`entity-groups.ts`): the other people named in its reports (skeletons of their
 * surnames) and the roles written before it (`Kreml-Berater Uschakow`, `Hamas-Chef Hanija`),
 * as `~kremlberater`. Read from the stored mentions of at most `CONTEXT_ARTICLES` reports.
 */
import type { ReadDb } from '../store/db';
import { articlesOfName, mentionsInArticle, mentionsInText, namesInArticle, type NameInText, type NameStat } from '../store/queries/entities';
import { isRoleWord } from '../analysis/entity-words';
import { foldText } from '../text/fold';
import { isLetterOrDigitCode } from '../text/chars';
import { compareNameWords, nameSkeleton } from '../text/transliteration';
import { editDistance } from '../text/distance';

/** Articles a name context looks at, at most: a name in thousands of reports needs no confirming. */
const CONTEXT_ARTICLES = 20;

/**
 * The context of a name (see the module comment); an empty set when it has none. With `apartFrom`
 * (a second surname), only from its reports where no mention runs on into that word: there the
 * finder cut a longer name short (`Martin Luther` before `King`); null when every report does (the
 * name is then only ever the longer one, cut).
 */
export function nameContext(db: ReadDb): (s: NameStat, apartFrom?: string) => ReadonlySet<string> | null {
  // Per name, its reports read for `apartFrom` so far (the word after each mention, the roles
  // before it): one name is asked apart from many second surnames (a run's slips), its texts read once.
  // Read again when the name is in more reports since (a grouper kept current across new reports).
  const scans = new Map<string, { articles: number; ids: string[]; read: ({ next: (string | null)[]; roles: string[] } | null)[] }>();
  const scanOf = (s: NameStat, i: number) => {
    const key = `${s.kind}|${s.name}`;
    let sc = scans.get(key);
    if (!sc || sc.articles !== s.articles) scans.set(key, (sc = { articles: s.articles, ids: articlesOfName(db, s.kind, s.name), read: [] }));
    if (i >= sc.ids.length) return undefined;
    if (sc.read.length <= i) {
      const m = mentionsInArticle(db, s.kind, s.name, sc.ids[i]!);
      sc.read.push(m && { next: m.spans.map(([, end]) => wordAfter(m.text, end)), roles: rolesBefore(m) });
    }
    return { id: sc.ids[i]!, scan: sc.read[i]! };
  };
  return (s, apartFrom) => {
    const out = new Set<string>();
    const own = nameSkeleton(s.name.split(' ').pop()!);
    const addNames = (id: string) => {
      for (const n of namesInArticle(db, id)) {
        if (n.kind !== 'person') continue;
        const k = nameSkeleton(n.name.split(' ').pop()!);
        if (k && k !== own) out.add(k);
      }
    };
    if (apartFrom) {
      let taken = 0;
      for (let i = 0, a = scanOf(s, 0); a && taken < CONTEXT_ARTICLES; a = scanOf(s, ++i)) {
        if (!a.scan || a.scan.next.some((w) => w !== null && isSecondSurname(w, apartFrom))) continue;
        taken++;
        addNames(a.id);
        for (const r of a.scan.roles) out.add(r);
      }
      return taken > 0 ? out : null;
    }
    for (const id of articlesOfName(db, s.kind, s.name).slice(0, CONTEXT_ARTICLES)) addNames(id);
    for (const m of mentionsInText(db, s.kind, s.name, CONTEXT_ARTICLES)) for (const r of rolesBefore(m)) out.add(r);
    return out;
  };
}

/** The roles written before a name's mentions in one text, as context keys (`~kremlberater`). */
function rolesBefore({ text, spans }: NameInText): string[] {
  const out: string[] = [];
  for (const [start] of spans) {
    const role = wordBefore(text, start);
    if (role && isRoleWord(role)) out.push(`~${foldText(role).replace(/-/g, '')}`);
  }
  return out;
}

/** Whether the word right after `at` is `word` as `isSecondSurname` reads it (a mention cut out of the longer name). */
export function runsInto(text: string, at: number, word: string): boolean {
  const next = wordAfter(text, at);
  return next !== null && isSecondSurname(next, word);
}

/** The capitalised word right after `at`, past spaces only; null at anything else. */
function wordAfter(text: string, at: number): string | null {
  let start = at;
  while (start < text.length && (text[start] === ' ' || text[start] === '\u00a0')) start++;
  if (start === at) return null;
  let end = start;
  while (end < text.length && (isLetterOrDigitCode(text.charCodeAt(end)) || text[end] === '-')) end++;
  const next = text.slice(start, end);
  return /^\p{Lu}/u.test(next) ? next : null;
}

/**
 * Whether a word is `word` in a spelling the grouping takes for it or a letter from it as written
 * (`King` of `King1a`, `Kingb`: slips), or that in its genitive (`Kings`).
 */
function isSecondSurname(next: string, word: string): boolean {
  if (compareNameWords(next, word) !== 'different' || (next.endsWith('s') && compareNameWords(next.slice(0, -1), word) === 'same')) return true;
  const a = letters(next), b = letters(word);
  return Math.min(a.length, b.length) >= 3 && editDistance(a, b, 2) <= 1;
}

/** A word's letters as written, folded (digits and marks out: `King1a` is `kinga`). */
function letters(word: string): string {
  return foldText(word).replace(/[^a-z]/g, '');
}

/** The word (hyphens kept: `Kreml-Berater`) right before `at`, past spaces only; null at a line or sentence break. */
function wordBefore(text: string, at: number): string | null {
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
  let start = end;
  while (start > 0 && (isLetterOrDigitCode(text.charCodeAt(start - 1)) || text[start - 1] === '-')) start--;
  return start < end ? text.slice(start, end) : null;
}
