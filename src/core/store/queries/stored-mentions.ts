import type { DateMention } from '../../../shared/api';

/**
 * How an article's date mentions are kept in its extraction JSON. Each carries the sentence it
 * stands in, for the timeline and the reader: a copy of the text (10k JSON Lines articles: 558
 * of a row's 1,061 bytes of JSON). A sentence found in the text around its mention is kept as
 * `sentenceAt: [start, end)` instead, with `sentence` ''; rows written before keep the copy,
 * and `restoredMentions` gives both back whole. The compare analysis, which reads the stored
 * JSON as it is (`getCompareSource`), uses the mentions' places and dates, not the sentence.
 */

/** A date mention as stored: its sentence as offsets into the text when it is a stretch of it. */
export type StoredMention = DateMention & { sentenceAt?: [number, number] };

/** The stored form of `mentions` of `text` (`mentions` itself is not changed). */
export function storedMentions(text: string, mentions: DateMention[]): StoredMention[] {
  return mentions.map((m) => {
    if (m.sentence.length === 0 || m.start < 0) return m;
    // The sentence holds the mention, so it begins at or before it.
    const at = text.lastIndexOf(m.sentence, m.start);
    if (at < 0 || at + m.sentence.length < m.end) return m;
    return { ...m, sentence: '', sentenceAt: [at, at + m.sentence.length] };
  });
}

/** The mentions `storedMentions` was given, from what it stored (or from a row written before it). */
export function restoredMentions(text: string, stored: StoredMention[] | undefined): DateMention[] {
  return (stored ?? []).map((m) => {
    if (!m.sentenceAt) return m;
    const { sentenceAt, ...rest } = m;
    return { ...rest, sentence: text.slice(sentenceAt[0], sentenceAt[1]) };
  });
}
