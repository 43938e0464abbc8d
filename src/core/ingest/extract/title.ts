/**
 * The headline: the line above the article text that reads most like its title.
 *
 * Pages put menus, breadcrumbs and teasers before the headline, so the first line is rarely
 * it. Candidates are the unclaimed lines shortly before the article's first paragraph; each is
 * scored by how many of its content words the lead repeats (a headline names what the first
 * paragraphs talk about), by a plausible length, and by nearness. Without a good candidate the
 * title is made from the lead and marked derived.
 */
import type { Line } from './segment';
import { STOPWORDS } from './lang';

/** How far above the article's first paragraph the headline may stand, in lines. */
const TITLE_WINDOW = 25;
/** A candidate must score at least this to count as a stated headline. */
const MIN_TITLE_SCORE = 1.2;
/** Bonus for the document's first line when the body follows it directly. */
const FIRST_LINE_BONUS = 1.2;
/** Derived titles: the first sentence up to this many words, else this many words + " …". */
const DERIVED_MAX_WORDS = 20;
const DERIVED_CUT_WORDS = 12;
/** Characters of the lead read for a derived title: more than twenty words of any language. */
const DERIVED_SAMPLE_CHARS = 1_000;
/** A glued kicker is at most this many words (`Kremlgesandter zufrieden`). */
const MAX_KICKER_WORDS = 4;

const TOKEN_RE = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]|[\p{L}\p{N}]+/gu;

function contentTokens(s: string): string[] {
  const out: string[] = [];
  for (const m of s.toLowerCase().matchAll(TOKEN_RE)) {
    const t = m[0];
    if (t.length === 1 && t.charCodeAt(0) < 0x3040) continue;
    if (t.length > 1 && t.length < 3) continue;
    if (Object.values(STOPWORDS).some((s) => s.has(t))) continue;
    out.push(t.length > 5 ? t.slice(0, 5) : t); // a crude stem: "Gesprächen" ~ "Gespräch"
  }
  return out;
}

/** Share of a candidate's content words that the lead repeats. */
export function leadOverlap(candidate: string, lead: string): number {
  const c = contentTokens(candidate);
  if (c.length === 0) return 0;
  const l = new Set(contentTokens(lead));
  return c.filter((t) => l.has(t)).length / c.length;
}

/** Could this line be a headline at all (length, shape)? */
export function isTitleShaped(line: Line): boolean {
  const cjk = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/u.test(line.text);
  if (cjk ? line.words < 4 || line.words > 80 : line.words < 2 || line.words > 40) return false;
  if (line.text.length > 300) return false;
  // A headline may end in ? or ! or a quote, but rarely in a full stop after a long sentence.
  return !(/[.。]$/u.test(line.text) && !/\.\.\.$|…$/.test(line.text) && line.words > 12);
}

/** Picks the headline among `candidates` (line indices, nearest last); returns its index or -1. */
export function chooseTitle(lines: Line[], candidates: number[], lead: string, bodyStart: number): number {
  const firstLine = lines.findIndex((l) => l.text.trim() !== '');
  let best = -1;
  let bestScore = MIN_TITLE_SCORE;
  for (const i of candidates) {
    const line = lines[i]!;
    if (i < bodyStart - TITLE_WINDOW || !isTitleShaped(line)) continue;
    const overlap = leadOverlap(line.text, lead);
    const distance = Math.max(0, bodyStart - i - 1);
    let score = 3 * overlap - 0.06 * distance;
    if (line.words >= 4 && line.words <= 25) score += 0.6;
    if (line.blankBefore || line.blankAfter) score += 0.2;
    if (/\s[|–—-]\s/.test(line.text)) score -= 0.3; // "Headline | Site" is the <title>, not the h1
    if (/^\p{Lu}[\p{Lu}\s\d&-]+$/u.test(line.text)) score -= 0.5; // ALL-CAPS section names
    // A text that opens with a headline-shaped line straight above its body (a saved or pasted
    // article, no page furniture) states its title there, whatever words the lead uses.
    if (i === firstLine && distance === 0) score += FIRST_LINE_BONUS;
    if (score > bestScore) { bestScore = score; best = i; }
  }
  return best;
}

/**
 * Splits a kicker glued to its title (`Kremlgesandter zufriedenUSA und Russland …`): a
 * lowercase letter directly followed by a capital, with a short run of words before it.
 * Returns null when the line has no such seam.
 */
export function splitKicker(text: string): { kicker: string; title: string } | null {
  const seams = [...text.matchAll(/(?<=\p{Ll}{3})(?=\p{Lu})/gu)];
  for (const s of seams) {
    const kicker = text.slice(0, s.index).trim();
    const title = text.slice(s.index).trim();
    const kw = kicker.split(/\s+/).length;
    // The seam must fall after a whole word of the kicker: "WordPress" or "iPhone" are one word.
    const wordBefore = kicker.split(/\s+/).pop() ?? '';
    if (kw < 2 || kw > MAX_KICKER_WORDS || title.split(/\s+/).length < 3) continue;
    if (/^\p{Lu}/u.test(wordBefore) && wordBefore.length < 8) continue;
    if (/[:.!?]$/.test(kicker)) continue;
    return { kicker, title };
  }
  return null;
}

/** A display title made from the lead: its first sentence, or its first words and " …". */
export function deriveTitle(firstSentence: string): string {
  // Only the first words matter; splitting a whole 50 MB line would cost seconds.
  const words = firstSentence.slice(0, DERIVED_SAMPLE_CHARS).trim().split(/\s+/).filter(Boolean);
  if (words.length <= DERIVED_MAX_WORDS) return words.join(' ');
  return words.slice(0, DERIVED_CUT_WORDS).join(' ') + ' …';
}
