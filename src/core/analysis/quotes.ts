/**
 * Quotations (`„…“`, `«…»`, `»…«`, `"…"`, `“…”`) and who is said to have said them.
 *
 * The speaker is read from the attribution construction first, and may be an organisation:
 * a verb of saying or `so` right after the quote (`„…“, so die Hamas`; `…", sagte der
 * Minister Witkoff`), `laut X` / `X zufolge`, or `X …:` before it. Only when the sentence
 * states none is it the person named nearest the quote in its sentence, outside the quote;
 * when the sentence names no one (`Er schrieb: «…»`), the last person named in the two
 * sentences before it. A construction that names its speaker without a name (`, sagte ein
 * Sprecher`) gives no speaker rather than a neighbour's name; one that names a role (`, so die
 * Ministerin`) the person the report names in it, or no one (`quote-roles.ts`).
 *
 * Not quotations: a single capitalised word in guillemets after a media noun (`Nachrichtenseite
 * «Axios»`), and a few capitalised words without a sentence's ending that the entity pass
 * reads as an organisation or a cited source (`vom „Wall Street Journal“`): a name in
 * quotation marks.
 */
import type { Quotation } from '../../shared/api';
import type { EntityMentionRow } from './entities';
import { SPEECH } from './entity-words';
import { mayHoldRole, speakerOfRole, subjectRole } from './quote-roles';
import type { Span } from '../text/sentences';

const QUOTE_RE = /„([^“”"\n]{1,1500})[“”"]|«([^»\n]{1,1500})»|»([^«\n]{1,1500})«|(?<![\p{L}\p{N}])"([^"\n]{1,1500})"|“([^”\n]{1,1500})”/gu;
const MEDIA_BEFORE = /(seite|portal|zeitung|sender|senders|agentur|magazin|plattform|blatt)\s*$/i;
/** One to five words, each capitalised or a short joining word, with no sentence ending. */
const NAME_SHAPE = /^\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’.-]*|of|the|de|der|des|du|la|al|von|für|and|und)){0,4}$/u;
/** After the closing mark: `, so …`, `, sagte …`, `sagte …` (a verb of saying opens the clause). */
const CUE_AFTER = /^\s*[,–-]?\s*(\p{L}+)\s+/u;
/**
 * An unnamed speaker the text introduces (`sagte ein Polizist`): no one's name is right. Any
 * other unnamed subject refers back (`sagte er`, `schrieb der Demokrat`): the older fallback decides.
 */
const INDEFINITE = /^(ein|eine|einer|eines|einem|man)$/i;
/** Between a name and a quote's opening mark: `als` (`X als „…“ bezeichnet`), a label given to X. */
const LABEL_GAP = /^\s+als\s*$/u;
/** Prepositions: a name after one is where or to whom it was said (`auf X`, `zu NHK`), not who said it. */
const PREPOSITION = /^(auf|im|in|bei|beim|zu|zum|zur|gegenüber|über|via|vor|nach|am|an|mit|aus|von|vom|für|unter|laut)$/i;

/** The quotations of the given sentences, with speakers from `entities` (persons and organisations). */
export function findQuotes(text: string, sentences: Span[], entities: EntityMentionRow[]): Quotation[] {
  const persons = entities.filter((e) => e.kind === 'person');
  const speakers = entities.filter((e) => e.kind === 'person' || e.kind === 'organisation');
  const orgs = entities.filter((e) => e.kind === 'organisation');
  const out: Quotation[] = [];
  sentences.forEach((s, si) => {
    const part = text.slice(s.start, s.end);
    for (const m of part.matchAll(QUOTE_RE)) {
      const inner = m.slice(1).find((g) => g !== undefined)!;
      const start = s.start + m.index + 1;
      const end = start + inner.length;
      if (!/\p{L}/u.test(inner)) continue;
      if (!/\s/.test(inner.trim()) && /^\p{Lu}/u.test(inner) && MEDIA_BEFORE.test(part.slice(0, m.index))) continue;
      if (namesOrganisation(inner, start, end, orgs)) continue;
      const inSentence = (p: EntityMentionRow) => p.start >= s.start && p.end <= s.end && (p.end <= start - 1 || p.start >= end + 1);
      const hint: { role?: string } = {};
      let speaker = attributed(text, s, start, end, speakers.filter(inSentence), hint);
      if (speaker === undefined && hint.role) speaker = speakerOfRole(text, hint.role, persons, start);
      if (speaker === undefined) {
        const outside = persons.filter(inSentence);
        speaker = null;
        // `wurde X als „…“ bezeichnet`: the words are said of X, not by X, and the sentence names
        // no one who said them: no one's name is right, a neighbour's least.
        if (outside.some((p) => LABEL_GAP.test(text.slice(p.end, start - 1))) || saidByUnnamed(text.slice(s.start, start - 1))) {
          speaker = null;
        } else if (outside.length) {
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
      }
      // `so die Ministerin` and no one named so: a neighbour named in another role did not say it.
      if (speaker && hint.role && !mayHoldRole(text, hint.role, speaker, persons)) speaker = null;
      out.push({ text: inner.trim(), start, end, speaker });
    }
  });
  return out;
}

/**
 * `Für die Regierung erklärte ein Sprecher, dass … «…»`: a verb of saying before the quote whose
 * subject is unnamed (`ein Sprecher`, `eine Sprecherin`): the speaker is no one the text names.
 */
function saidByUnnamed(before: string): boolean {
  for (const m of before.matchAll(/(\p{L}+)\s+(ein|eine|einer)\s+\p{Lu}/gu)) if (SPEECH(m[1]!.toLowerCase())) return true;
  return false;
}

/** True when the quoted words are, whole, a name the entity pass reads as an organisation or source. */
function namesOrganisation(inner: string, start: number, end: number, orgs: EntityMentionRow[]): boolean {
  const t = inner.trim();
  if (!NAME_SHAPE.test(t) || /[.!?]$/.test(t)) return false;
  const from = start + inner.indexOf(t);
  const to = from + t.length;
  return orgs.some((o) => o.start <= from && o.end >= to) || orgs.some((o) => o.start >= from && o.end <= to && o.end - o.start >= (to - from) * 0.6);
}

/**
 * The speaker the sentence's attribution construction states: a name, null when the
 * construction names an unnamed speaker (`sagte ein Sprecher`), undefined when there is none
 * or it refers back (`sagte er`).
 */
function attributed(text: string, s: Span, start: number, end: number, cands: EntityMentionRow[], hint: { role?: string }): string | null | undefined {
  const close = end + 1;
  const after = text.slice(close, s.end);
  // Right after the closing mark, or the sentence's closing clause (`Hanija sei durch einen
  // „…“ getötet worden, nachdem …, so die Hamas.`): indirect speech the clause attributes whole.
  let cue = CUE_AFTER.exec(after);
  let cueAt = close;
  if (!cue || !SPEECH(cue[1]!.toLowerCase())) {
    const comma = after.lastIndexOf(',');
    const last = comma < 0 ? null : CUE_AFTER.exec(after.slice(comma));
    if (last && SPEECH(last[1]!.toLowerCase()) && clauseLength(after.slice(comma + last[0].length)) === after.length - comma - last[0].length - trailing(after)) {
      cue = last;
      cueAt = close + comma;
    }
  }
  if (cue && SPEECH(cue[1]!.toLowerCase())) {
    const from = cueAt + cue[0].length;
    const clauseEnd = from + clauseLength(text.slice(from, s.end));
    const next = /^\p{L}+/u.exec(text.slice(from, clauseEnd))?.[0] ?? '';
    // `sagte eine Sprecherin der Agentur TASR`: the unnamed subject comes first.
    if (INDEFINITE.test(next)) return null;
    const named = cands.filter((c) => c.start >= from && c.end <= clauseEnd && !afterPreposition(text, from, c)).sort((a, b) => a.start - b.start)[0];
    // `so die Ministerin`: a role names the speaker (`quote-roles.ts`).
    if (!named) hint.role = subjectRole(text.slice(from, clauseEnd)) ?? undefined;
    return named ? named.name : undefined;
  }
  // `laut X` / `X zufolge`, on either side of the quote.
  for (const c of cands) {
    // `Herzog nannte den Schritt laut AP „…“`: the subject named before said it, AP reports it.
    if (cands.some((p) => p.kind === 'person' && p.end <= c.start && !/[,;:.]/.test(text.slice(p.end, c.start)))) continue;
    if (/\blaut\s+(?:(?:der|die|dem|des|den)\s+)?(?:\S+\s+){0,3}$/i.test(text.slice(Math.max(s.start, c.start - 40), c.start)) && !/[,;:]/.test(lautGap(text, s, c))) return c.name;
    if (/^\s+zufolge\b/.test(text.slice(c.end, c.end + 12))) return c.name;
  }
  // `X …: „…“`: the name last before the colon, in the same clause.
  const before = text.slice(s.start, start - 1);
  if (/:\s*$/.test(before)) {
    const colon = s.start + before.lastIndexOf(':');
    const clauseStart = Math.max(s.start, ...[',', ';', '.'].map((p) => s.start + text.slice(s.start, colon).lastIndexOf(p) + 1));
    const named = cands.filter((c) => c.end <= colon && c.start >= clauseStart && !afterPreposition(text, clauseStart, c)).sort((a, b) => b.end - a.end)[0];
    if (named) return named.name;
  }
  return undefined;
}

/** True when one of the four words before `c` (from `from` on) is a preposition (`auf der Plattform X`). */
function afterPreposition(text: string, from: number, c: EntityMentionRow): boolean {
  const head = text.slice(Math.max(from, c.start - 60), c.start);
  // A name in brackets is a note on the name before it (`Olaf Scholz (SPD)`), not a subject.
  if (/\(\s*$/.test(head)) return true;
  const words = head.match(/\p{L}+/gu) ?? [];
  return words.slice(-4).some((w) => PREPOSITION.test(w));
}

/** The words between a `laut` and the name it cues (no clause break may lie between). */
function lautGap(text: string, s: Span, c: EntityMentionRow): string {
  const head = text.slice(Math.max(s.start, c.start - 40), c.start);
  const k = head.toLowerCase().lastIndexOf('laut');
  return k < 0 ? ',' : head.slice(k + 4);
}

/** Characters of the sentence's closing punctuation and space (`." `). */
function trailing(s: string): number {
  return s.length - s.replace(/[\s.!?“”"«»]+$/u, '').length;
}

/** Characters up to the end of the clause that opens `rest` (a comma, semicolon, stop or quote mark). */
function clauseLength(rest: string): number {
  const k = rest.search(/[,;.:„“”"«»]/);
  return k < 0 ? rest.length : k;
}

function distance(p: { start: number; end: number }, start: number, end: number): number {
  return p.end <= start ? start - p.end : p.start - end;
}
