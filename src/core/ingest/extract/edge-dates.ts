/**
 * Date lines at the article's edges, for a page whose header states no date (`analyze.ts` reads
 * date lines only around the headline, and only lines no furniture rule claimed). Three places
 * hold a post's own date on pages that print none there:
 * - just above the first paragraph, where a furniture rule took the date for a menu item (a
 *   header block `Auteur / X / Date / 2 mars 2020 / Partager` reads as a run of short links),
 *   or where the headline was missed;
 * - among the first lines of the region, where it opened at a dek over the date (the headline
 *   missed: a site's name printed where it would stand);
 * - just under the last paragraph, before the comments: a blog's post footer (`12. September
 *   2013` over the tags, `Veröffentlicht am … von …`, `Dezember 26, 2019 von Andrea Kategorien:
 *   …`).
 * Teasers and comments carry dates too, so the window is a few lines, comments and captions
 * are never read, and a publication label (`veröffentlicht`, `posted`, `publié`) lets a longer
 * line count (`Dieser Eintrag wurde veröffentlicht in X und getaggt mit Y am 11. Dezember 2012
 * von Z.`) further down, where a bare date line under the text must be the line right after
 * it (a comment the region took in is a name line over a date line, so a bare date a line
 * further down is a comment's).
 */
import type { Line } from './segment';
import type { Role } from './evidence';
import type { StatedCandidate } from '../dates/publication';
import { findDatesUnglued } from '../dates/find';
import { endsWithUpdateLabel, readDateLine, statedCandidates, type DateLine } from './header';
import { PUBLISHED_LABELS, REPUBLISHED_LABELS } from './rules';

/** Lines above the first paragraph searched for a date line. */
const ABOVE = 8;
/** The region's first lines searched for a bare date line (a dek or headline the region opened at, then the date). */
const INSIDE = 6;
/** Lines under the last paragraph searched for a bare date line, and for a labelled one. */
const BELOW_BARE = 1;
const BELOW_LABELLED = 14;
/** Words besides the date and an author on a bare date line at the edges (`von X`, `~ X`, `Datum`). */
const EDGE_REST_WORDS = 3;
/** A labelled publication line is a sentence at most this long. */
const LABELLED_MAX_CHARS = 300;

const PUBLISHED_ANY_CASE = new RegExp(`(?<![\\p{L}])(?:${PUBLISHED_LABELS.join('|')})(?![\\p{L}])`, 'iu');
/**
 * The label glued to the word before it (`Autor johnVeröffentlicht am …`: spans printed with
 * nothing between), at a lowercase-to-capital seam. Case-sensitive: under `iu` `\\p{Lu}` and
 * `\\p{Ll}` match either case.
 */
const PUBLISHED_GLUED = new RegExp(`(?<=\\p{Ll})(?:${PUBLISHED_LABELS.map((l) => l[0]!.toUpperCase() + l.slice(1)).join('|')})(?![\\p{L}])`, 'u');
/** A republication note (`Originally published at X on …`) dates another outlet's copy, not this page. */
const REPUBLISHED_RE = new RegExp(`(?<![\\p{L}])(?:${REPUBLISHED_LABELS.join('|')})\\s{1,3}(?:${PUBLISHED_LABELS.join('|')})(?![\\p{L}])`, 'iu');

/** The publication candidates at the edges of the span `[s, e]`, nearest first; empty when none. */
export function edgeDateCandidates(lines: Line[], roles: readonly (Role | null)[], s: number, e: number, usMonthFirst: boolean): StatedCandidate[] {
  const readable = (i: number) => roles[i]?.region !== 'comments' && roles[i]?.kind !== 'caption' && roles[i]?.kind !== 'title';
  // A revision date (`Updated: …`, or `Zuletzt geändert am:` on the line above it) is kept only
  // where no first-publication date stands in the window.
  let update: StatedCandidate | null = null;
  const consider = (i: number, c: StatedCandidate[]): StatedCandidate[] | null => {
    const above = i > 0 ? lines[i - 1]!.text : '';
    const marked = c.map((x) => (x.isUpdate || endsWithUpdateLabel(above) ? { ...x, isUpdate: true } : x));
    const first = marked.find((x) => !x.isUpdate);
    if (first) return [first];
    update ??= marked[0] ?? null;
    return null;
  };
  // A bare date line at `i` (above the first paragraph, or among the region's first lines).
  const bareAt = (i: number): StatedCandidate[] | null => {
    if (!readable(i) || REPUBLISHED_RE.test(lines[i]!.text)) return null;
    const dl = dateOnly(lines[i]!, usMonthFirst);
    return dl && consider(i, statedCandidates(lines[i]!, dl));
  };
  for (let i = s - 1; i >= Math.max(0, s - ABOVE); i--) {
    if (roles[i]?.kind === 'title') break;
    const got = bareAt(i);
    if (got) return got;
  }
  for (let i = s; i <= Math.min(e, s + INSIDE - 1); i++) {
    const got = bareAt(i);
    if (got) return got;
  }
  for (let i = e + 1; i < Math.min(lines.length, e + 1 + BELOW_LABELLED); i++) {
    if (roles[i]?.region === 'comments') break;
    if (!readable(i) || REPUBLISHED_RE.test(lines[i]!.text)) continue;
    const line = lines[i]!;
    const dl = i <= e + BELOW_BARE ? dateOnly(line, usMonthFirst) : null;
    let got = dl && consider(i, statedCandidates(line, dl));
    if (!dl && line.text.length <= LABELLED_MAX_CHARS && hasPublishedLabel(line.text)) {
      const dates = findDatesUnglued(line.text, line.start, usMonthFirst).filter((d) => d.day !== undefined && d.year !== undefined);
      if (dates.length) got = consider(i, [{ date: dates[0]!, isUpdate: false }]);
    }
    if (got) return got;
  }
  return update ? [update] : onlyDay(lines, roles, e, usMonthFirst);
}

/**
 * The page's only day on a bare date line, wherever it stands: where the headline was missed
 * (a blog's name taken for it) the post's date line is neither near the headline nor at the
 * region's edges, but it is the one date the page prints on a line of its own. Teasers, lists
 * and archives print several days, so a second day on a bare line reads nothing.
 */
function onlyDay(lines: Line[], roles: readonly (Role | null)[], e: number, usMonthFirst: boolean): StatedCandidate[] {
  let found: StatedCandidate | null = null;
  let day = '';
  for (let i = 0; i <= e; i++) {
    if (roles[i]?.region === 'comments' || lines[i]!.text.length > 80) continue;
    const dl = dateOnly(lines[i]!, usMonthFirst);
    if (!dl) continue;
    const c = statedCandidates(lines[i]!, dl).find((x) => !x.isUpdate && !REPUBLISHED_RE.test(lines[i]!.text));
    if (!c) continue;
    const d = `${c.date.year}-${c.date.month}-${c.date.day}`;
    if (found && d !== day) return [];
    if (!found) { found = c; day = d; }
  }
  return found ? [found] : [];
}

/**
 * A date line as `readDateLine` reads one, away from the headline only when little else stands
 * on it (a name, a label: `MONTANT COLLECTÉ DEPUIS LE 5 DÉC. 2019` dates something else) or a
 * publication label names it.
 */
export function dateOnly(line: Line, usMonthFirst: boolean): DateLine | null {
  const dl = readDateLine(line, usMonthFirst);
  if (!dl || hasPublishedLabel(line.text)) return dl;
  let rest = line.text;
  for (const d of dl.dates) rest = rest.replace(d.text, ' ');
  const words = rest.split(/[\s|·•,–—/-]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words - (dl.author ? dl.author.split(/\s+/).length : 0) <= EDGE_REST_WORDS ? dl : null;
}

/** Does the line carry a publication label, standing free or glued to the word before it? */
function hasPublishedLabel(text: string): boolean {
  return PUBLISHED_ANY_CASE.test(text) || PUBLISHED_GLUED.test(text);
}
