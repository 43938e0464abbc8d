/**
 * Quotations (`„…“`, `«…»`, `»…«`, `"…"`, `“…”`) and who is said to have said them.
 *
 * The speaker is the person named nearest the quote in its sentence, outside the quote
 * (`„So gut, Sie zu sehen“, sagte Witkoff`; `…", so Dmitriew`); when the sentence names no one
 * (`Er schrieb: «…»`), the last person named in the two sentences before it.
 * A single capitalised word in guillemets after a media noun (`Nachrichtenseite «Axios»`) is
 * a name in quotation marks, not a quotation.
 */
import type { Quotation } from '../../shared/api';
import type { EntityMentionRow } from './entities';
import type { Span } from '../text/sentences';

const QUOTE_RE = /„([^“”"\n]{1,1500})[“”"]|«([^»\n]{1,1500})»|»([^«\n]{1,1500})«|(?<![\p{L}\p{N}])"([^"\n]{1,1500})"|“([^”\n]{1,1500})”/gu;
const MEDIA_BEFORE = /(seite|portal|zeitung|sender|senders|agentur|magazin|plattform|blatt)\s*$/i;

/** The quotations of the given sentences, with speakers from `entities` (person mentions). */
export function findQuotes(text: string, sentences: Span[], entities: EntityMentionRow[]): Quotation[] {
  const persons = entities.filter((e) => e.kind === 'person');
  const out: Quotation[] = [];
  sentences.forEach((s, si) => {
    const part = text.slice(s.start, s.end);
    for (const m of part.matchAll(QUOTE_RE)) {
      const inner = m.slice(1).find((g) => g !== undefined)!;
      const start = s.start + m.index + 1;
      const end = start + inner.length;
      if (!/\p{L}/u.test(inner)) continue;
      if (!/\s/.test(inner.trim()) && /^\p{Lu}/u.test(inner) && MEDIA_BEFORE.test(part.slice(0, m.index))) continue;
      const outside = persons.filter((p) => p.start >= s.start && p.end <= s.end && (p.end <= start - 1 || p.start >= end + 1));
      let speaker: string | null = null;
      if (outside.length) {
        outside.sort((a, b) => distance(a, start, end) - distance(b, start, end));
        speaker = outside[0]!.name;
      } else {
        // `Er schrieb: «…»`: the subject of the nearest sentence before that names someone,
        // which in German news is mostly the first person it names.
        for (let k = si - 1; k >= Math.max(0, si - 2) && !speaker; k--) {
          const prev = sentences[k]!;
          const named = persons.find((p) => p.start >= prev.start && p.end <= prev.end);
          if (named) speaker = named.name;
        }
      }
      out.push({ text: inner.trim(), start, end, speaker });
    }
  });
  return out;
}

function distance(p: { start: number; end: number }, start: number, end: number): number {
  return p.end <= start ? start - p.end : p.start - end;
}
