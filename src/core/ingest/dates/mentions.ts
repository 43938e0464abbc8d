/**
 * Collects the date mentions of an article's text (absolute and relative) and resolves them
 * against the article's date, each with the sentence it stands in (for the timeline).
 */
import type { DateMention } from '../../../shared/api';
import { findDates, type FoundDate } from './find';
import { findRelative, resolveRelative, type RelativeMention } from './relative';
import { dateAhead, relativeAhead } from './ahead';
import { dateTriggers } from './names';
import { runsOf } from './runs';
import { completeYear, latestDayBefore } from './publication';
import { sentenceTexts as splitSentences } from '../../text/sentences';
import { MAX_SENTENCE_CHARS, windowAround } from '../../text/window';

export { MAX_SENTENCE_CHARS } from '../../text/window';

const DIGIT = /\d/;

/** A piece of article text with its offset in the canonical text. */
export interface TextPiece {
  text: string;
  start: number;
}

/** Absolute and relative mentions found in the pieces, in text order. */
export interface FoundMentions {
  absolute: FoundDate[];
  relative: RelativeMention[];
}

/** Finds the mentions in every piece; `usMonthFirst` for English pages (see `findDates`). */
export function collectMentions(pieces: TextPiece[], usMonthFirst: boolean): FoundMentions {
  const absolute: FoundDate[] = [];
  const relative: RelativeMention[] = [];
  for (const p of pieces) {
    const triggers = dateTriggers(p.text);
    // Both finders read the same runs of letters and digits (`runs.ts`).
    const runs = triggers.size > 0 || DIGIT.test(p.text) ? runsOf(p.text) : undefined;
    const rel = findRelative(p.text, p.start, triggers, runs);
    const ranges = rel.filter((r) => r.sense.type === 'range');
    // A range ("vom 24. bis zum 26. Oktober") contains an absolute date; the range wins.
    const abs = findDates(p.text, p.start, usMonthFirst, triggers, runs).filter((a) => !ranges.some((r) => a.start < r.end && r.start < a.end));
    absolute.push(...abs);
    // A relative mention inside an absolute one ("12. April") is not a second mention.
    for (const r of rel) {
      if (!abs.some((a) => r.start < a.end && a.start < r.end)) relative.push(r);
    }
  }
  return { absolute, relative };
}

/**
 * Turns found mentions into `DateMention`s resolved against `ref` (the article's date, any
 * precision, or null). `header` adds the scraper's header date as a mention of its own.
 */
export function buildMentions(found: FoundMentions, pieces: TextPiece[], ref: string | null, header: { text: string; start: number; end: number; date: string } | null): DateMention[] {
  const out: DateMention[] = [];
  const sentenceOf = sentenceFinder(pieces);
  if (header) out.push({ text: header.text, start: header.start, end: header.end, kind: 'header', date: header.date, sentence: header.text });
  // A day and month without a year in a clause of what is to come is the next such day (`dateAhead`).
  const absDates = found.absolute.map((a) => completeYear(a, ref, a.year === undefined && dateAhead(sentenceOf(a.start), a.text)));
  found.absolute.forEach((a, k) => {
    out.push({ text: a.text, start: a.start, end: a.end, kind: 'absolute', date: absDates[k] ?? null, sentence: sentenceOf(a.start) });
  });
  for (const r of found.relative) {
    let anchor: string | null = null;
    const sentence = sentenceOf(r.start);
    if (r.sense.type === 'offset-after') {
      // "zwei Wochen nach [dem Treffen am 11. April]": the date in the same sentence, else the
      // latest full date the article gives before its own date.
      const inSentence = found.absolute.findIndex((a, k) => absDates[k] && sentence.includes(a.text) && a.day !== undefined);
      anchor = inSentence >= 0 ? absDates[inSentence]! : latestDayBefore(absDates, ref);
    }
    const res = resolveRelative(r.sense, ref, anchor, relativeAhead(r.sense, sentence, r.text.trim()));
    const m: DateMention = { text: r.text.trim(), start: r.start, end: r.start + r.text.trim().length, kind: 'relative', date: res.date, sentence };
    if (res.endDate !== undefined) m.endDate = res.endDate;
    out.push(m);
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** The sentence of the piece that contains offset `at`. */
export function sentenceAt(pieces: TextPiece[], at: number): string {
  return sentenceFinder(pieces)(at);
}

/**
 * `sentenceAt` over the same pieces, each piece split into sentences once: an article's
 * mentions mostly stand in a few paragraphs, and a JSON record is often one long one.
 */
function sentenceFinder(pieces: TextPiece[]): (at: number) => string {
  const split = new Map<TextPiece, { text: string; at: number }[]>();
  return (at) => {
    const piece = pieces.find((p) => at >= p.start && at < p.start + p.text.length);
    if (!piece) return '';
    const rel = at - piece.start;
    if (piece.text.length <= 3000) {
      let sentences = split.get(piece);
      if (!sentences) split.set(piece, (sentences = placed(piece.text)));
      for (const s of sentences) if (s.at >= 0 && rel < s.at + s.text.length) return bounded(s.text, rel - s.at);
      return bounded(piece.text, rel);
    }
    // Long pieces: cut around the offset at sentence stops, to stay linear.
    const before = piece.text.lastIndexOf('. ', rel);
    const after = piece.text.indexOf('. ', rel);
    const from = before < 0 ? 0 : before + 2;
    const to = after < 0 ? Math.min(piece.text.length, rel + 300) : after + 1;
    if (to - from <= MAX_SENTENCE_CHARS) return piece.text.slice(from, to).trim();
    // Only the stretch a window can take is copied: slicing the whole run per mention was
    // quadratic too.
    const lo = Math.max(from, rel - MAX_SENTENCE_CHARS - 1);
    return bounded(piece.text.slice(lo, Math.min(to, rel + MAX_SENTENCE_CHARS + 1)), rel - lo).trim();
  };
}

/**
 * `sentence` itself when it is at most `MAX_SENTENCE_CHARS` long, else the window of it around
 * offset `at` (the mention's start in it), cut at word boundaries and trimmed (`windowAround`).
 */
export function bounded(sentence: string, at: number): string {
  if (sentence.length <= MAX_SENTENCE_CHARS) return sentence;
  const [from, to] = windowAround(sentence, 0, sentence.length, at);
  return sentence.slice(from, to);
}

/** The sentences of `text`, each with where it was found (-1: not found, skipped). */
function placed(text: string): { text: string; at: number }[] {
  const out: { text: string; at: number }[] = [];
  let pos = 0;
  for (const s of splitSentences(text)) {
    const idx = text.indexOf(s, pos);
    out.push({ text: s, at: idx });
    if (idx >= 0) pos = idx + s.length;
  }
  return out;
}
