/**
 * Who wrote it and for whom, only as far as the text states it: bylines (`Von X`, `By X`,
 * `Par X`, `Text: X`, `X - Apr 16, 2015`), source lines (`Quelle: ntv.de, ghö`), agency
 * credits (`(mit Reuters, dpa, …)`, `(dpa)`), datelines (`Moskau - `, `WASHINGTON (AP) —`),
 * follow appeals that name the outlet (`Folge TKP auf Telegram`), copyright footers, and glued
 * tag lines (`RusslandDonald TrumpAngriff auf die Ukraine…`).
 */
import { AGENCIES, BYLINE_PREFIXES, CREDIT_PREFIXES, DATE_LABELS, FOLLOW_PREPS, FOLLOW_VERBS, PUBLISHED_LABELS, SOURCE_LABELS, UPDATE_LABELS } from './rules';
import { WEEKDAY_INDEX } from '../dates/names';
import { findDatesUnglued, type FoundDate } from '../dates/find';
import { isGivenWord, isWorldGivenName, mayBeGivenName } from '../../analysis/given-names';
import { isEnglishCommonWord } from '../../analysis/name-openers';

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const NAME = String.raw`${NAME_WORD}(?:\s+(?:(?:van|von|der|de|da|del|di|le|la|du|dos|bin|al)\s+)?${NAME_WORD}){0,3}`;
/** Byline labels, longest first, so `posted by` wins over `by`. */
const PREFIXES = [...BYLINE_PREFIXES].sort((a, b) => b.length - a.length);
const NAME_LIST_RE = new RegExp(String.raw`^(${NAME}(?:\s*(?:,|and|und|et|y|e|i|&|и)\s*${NAME})*)`, 'u');
const NAME_ONLY_RE = new RegExp(String.raw`^(${NAME_WORD}(?:\s+${NAME_WORD}){1,3})$`, 'u');
const SOURCE_RE = new RegExp(String.raw`^(?:${SOURCE_LABELS.join('|')})\s*:\s*(.{2,80})$`, 'iu');
const CREDIT_RE = new RegExp(String.raw`\((?:${CREDIT_PREFIXES.join('|')})\s{1,3}([^()]{2,120})\)\s{0,3}\.?$`, 'iu');
const AGENCY_SET = new Set(AGENCIES);
const AGENCY_RE = new RegExp(String.raw`\(((?:${AGENCIES.join('|')})(?:\s*[/,]\s*(?:${AGENCIES.join('|')}))*)\)`, 'iu');
const DATELINE_RE = /^(\p{Lu}[\p{L}.'’/-]*(?:\s\p{Lu}[\p{L}.'’/-]*){0,2})(?:\s*\(([^)]{1,30})\))?\s+[-–—]\s+(?=\p{Lu}|["„«“])/u;
// A dateline that carries the day it was filed (`Doha, 16. März 2025 – `, `DOHA, March 16, 2025 (Reuters) — `):
// the place, a comma, a day ending in its year, then an agency, and a dash or a colon.
const DATED_DATELINE_RE = /^(\p{Lu}[\p{L}.'’/-]*(?:\s\p{Lu}[\p{L}.'’/-]*){0,2}),\s+((?:\p{L}+,?\s+)?[\p{L}\p{N}][\p{L}\p{N}., ]{3,30}?\d{4})(?:\s*\(([^)]{1,30})\))?\s*(?:[-–—]|:)\s+(?=\p{Lu}|["„«“])/u;
// The same, wider (tried only where the first finds none): a place of several parts (`Frankfurt
// am Main`, `Halle (Saale)`), the agency before the comma (`Köln (dpa), 3. Mai 2025 –`), a time
// after the day (`3. Mai 2025, 14:30 Uhr –`).
const PLACE_PART = String.raw`(?:\s\p{Lu}[\p{L}.'’/-]*|\s(?:am|an der|im|in|bei|ob|de|del|do|da|di|la|le|sur|upon|on)(?=\s\p{Lu})|\s\(\p{Lu}\p{Ll}[\p{L}.'’ -]{0,20}\))`;
const WIDE_DATED_DATELINE_RE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}.'’/-]*${PLACE_PART}{0,4})(?:\s*\(([^)]{1,30})\))?,\s+((?:\p{L}+,?\s+)?[\p{L}\p{N}][\p{L}\p{N}., ]{3,30}?\d{4})(?:,?\s+(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|h|[ap]\.?m\.?))?)?(?:\s*\(([^)]{1,30})\))?\s*(?:[-–—]|:)\s+(?=\p{Lu}|["„«“])`,
  'u',
);
// A dateline that is only the day (`April 17, 2015 -- Imagine …`, `16.03.2025 – Die …`): a day
// ending in its year opens the lead, then a dash (a typed `--` too) or a colon.
const DATE_ONLY_DATELINE_RE = /^((?:\p{L}+,?\s+)?[\p{L}\p{N}][\p{L}\p{N}., ]{3,30}?\d{4})\s*(?:-{1,2}|[–—]|:)\s+(?=\p{Lu}|["„«“])/u;
const FOLLOW_RE = new RegExp(
  String.raw`(?:^|\s)(?:${FOLLOW_VERBS.map((v) => `[${v[0]}${v[0]!.toUpperCase()}]${v.slice(1)}`).join('|')})\s+(\p{Lu}[\p{L}\p{N}.&'-]*(?:\s\p{Lu}[\p{L}\p{N}.&'-]*)?)\s+(?:${FOLLOW_PREPS.join('|')})\s`, 'u',
);
const HERE_AT_RE = /\b(?:hier bei|here at|ici sur|aquí en|qui su)\s+(\p{Lu}[\p{L}\p{N}.&'-]*(?:\s\p{Lu}[\p{L}\p{N}.&'-]*)?)[.!]?$/u;
const COPYRIGHT_RE = /^(?:©|\(c\)|copyright)\s{0,3}(?:©\s{0,3})?(?:\d{4}(?:\s{0,3}[-–]\s{0,3}\d{4})?)?\s{0,3}[,.]?\s{0,3}([\p{L}][\p{L}\p{N}.&' -]{1,40}?)(?:[,.|]|\s+(?:all rights|alle rechte|tous droits|todos los|inc\b|gmbh|ltd|llc)|$)/iu;

/** Byline labels that are also common words opening a sentence (`Da` since, `De` of, `Door` through). */
const FUNCTION_WORD_LABELS = new Set(['da', 'de', 'di', 'av', 'door']);
/** Words after the name on a byline line: a role, an outlet (`Staff Writer`); a sentence runs longer. */
const BYLINE_REST_WORDS = 8;

/** The author named by a byline line, or null. `Von X und Y` → `X und Y`. */
export function parseByline(text: string): string | null {
  if (text.length > 160) return null;
  const t = text.trim();
  const lower = t.toLowerCase();
  // Case-insensitive label, case-sensitive name: a name starts with a capital.
  const prefix = PREFIXES.find((p) => lower.startsWith(p) && /^\s*:?\s+/u.test(t.slice(p.length)));
  if (!prefix) return null;
  const rest = t.slice(prefix.length).replace(/^\s*:?\s+/u, '');
  const m = NAME_LIST_RE.exec(rest);
  if (!m) return null;
  // `Da Fellbesatz für Kleider … hinterfragt wird, kommt …`: a sentence opening with a word that
  // is a byline label in another language.
  if (FUNCTION_WORD_LABELS.has(prefix) && rest.slice(m[0].length).split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length > BYLINE_REST_WORDS) return null;
  return m[1]!.replace(/(?<!\s)\s+(?:und|and|et|y|e|i|и)$/u, '').trim();
}

/** A line of names only (`Isabel Caro, Rocío Latorre y José Miguel Wilson`): up to this many characters. */
const MAX_NAME_LINE_CHARS = 80;
const NAMES_LINE_RE = new RegExp(String.raw`^${NAME_LIST_RE.source.slice(1)}$`, 'u');

/**
 * The writer a header line names without a label (`Sarah Archer` under the headline, `CLARA LÖW,
 * SIDDHARTH PRAKASH & KLAUS JACOB`), or null: the whole line is a list of names of two to four
 * words, and the first opens with a given name of some language (so `Themen-Blog
 * Digitalisierung`, `Pub Med`, a section or a menu pair are no writer). `afterLabel`: the line
 * above ended in a byline label alone (`By` / `Benjamin Romano`, `21.01.2022 11:46 von` /
 * `Patrick Otte`): the label says it is a name, so one word will do and no given name is asked.
 */
export function bareName(text: string, afterLabel = false): string | null {
  const t = text.trim();
  if (t.length > MAX_NAME_LINE_CHARS) return null;
  const m = NAMES_LINE_RE.exec(t);
  if (!m) return null;
  const words = t.split(/[\s,&]+/u).filter(Boolean);
  if (words.some((w) => DATE_WORDS.has(w.toLowerCase().replace(/[.,:]$/u, '')))) return null;
  if (afterLabel) return t;
  const first = t.split(/\s*(?:,|&|\s(?:and|und|et|y|e|i|и)\s)\s*/u)[0]!.split(/\s+/u);
  if (first.length < 2 || first.length > 4) return null;
  const given = first[0]!.toLowerCase();
  if (isGivenWord(given) || isWorldGivenName(given)) return t;
  // A given name that is also a frequent word (`Dave`, `General`) needs a surname that is none
  // (`Dave Steer`, not `General Information`).
  return mayBeGivenName(given) && !isEnglishCommonWord(first[first.length - 1]!.toLowerCase()) ? t : null;
}

/** Does a line end in a byline label with no name after it (`By`, `… 11:46 von`, `por`)? */
export function endsWithBylineLabel(text: string): boolean {
  const t = text.trim().toLowerCase().replace(/\s*:$/u, '');
  if (t.length > 60) return false;
  return PREFIXES.some((p) => !FUNCTION_WORD_LABELS.has(p) && (t === p || t.endsWith(` ${p}`)));
}

/** Words that name a date or label one, never a person: `Published Thursday 27 July 2017`. */
const DATE_WORDS = new Set([...WEEKDAY_INDEX.keys(), ...DATE_LABELS, ...PUBLISHED_LABELS, ...UPDATE_LABELS].filter((w) => !w.includes(' ')));

/** A name standing before a date on a byline line (`Dan Goodin - Apr 16, 2015`), or null. */
export function nameBeforeDate(textBeforeDate: string): string | null {
  const t = textBeforeDate.replace(/(?<![\s|·•,–—-])[\s|·•,–—-]+$/u, '').trim();
  const byline = parseByline(t) ?? labelledName(t);
  if (byline) return byline;
  return NAME_ONLY_RE.test(t) && !t.split(/\s+/u).some((w) => DATE_WORDS.has(w.toLowerCase().replace(/[.,:]$/u, ''))) ? t : null;
}

/** Labels that name the writer in the middle of a date line (`July 24, 2019 by Amy Motroni`); longest first. */
const MID_LABELS = ['posted by', 'written by', 'geschrieben von', 'publié par', 'escrito por', 'by', 'von', 'par', 'por', 'door'];
// Case-sensitive (`By`, `by`, `BY`), so a name glued to its label (`vonChris Jung`) opens at a capital.
const MID_LABEL_RE = new RegExp(String.raw`(?:^|[\s|·•,–—/~(])(?:${MID_LABELS.flatMap((l) => [l, l[0]!.toUpperCase() + l.slice(1), l.toUpperCase()]).join('|')})(?:\s*:)?(?:\s+|(?=\p{Lu}))`, 'gu');
/** A one-word pseudonym after such a label (`von freeman1984 · in …`, `by damianduchamps on …`). */
const HANDLE_RE = /^([\p{L}\p{N}_.-]{3,30})(?=$|\s*[|·•,~]|\s+(?:on|in|am|um|at|le|el|il|\d))/u;
const NOT_HANDLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'the', 'and', 'und', 'les', 'los', 'las', 'una', 'uno', 'une', 'ein', 'eine', 'einem', 'einer', 'admin', 'redaktion']);

/**
 * The writer a byline label names inside a line (`Veröffentlicht am 12. Juni 2017 von gizzmo`,
 * `Dezember 10, 2019 · von freeman1984 · in …`, `Veröffentlicht vonChris Jung`), or null. Used on
 * date lines only: in prose, `von` and `by` join everything.
 */
export function labelledName(text: string): string | null {
  if (text.length > 200) return null;
  for (const m of text.matchAll(MID_LABEL_RE)) {
    const rest = text.slice(m.index! + m[0].length);
    const name = NAME_LIST_RE.exec(rest)?.[1]?.replace(/(?<!\s)\s+(?:und|and|et|y|e|i|и)$/u, '').trim();
    if (name && !DATE_WORDS.has(name.split(/\s+/u)[0]!.toLowerCase())) return name;
    const handle = HANDLE_RE.exec(rest)?.[1];
    if (handle && /\p{L}/u.test(handle) && !NOT_HANDLES.has(handle.toLowerCase()) && !DATE_WORDS.has(handle.toLowerCase())) return handle;
  }
  return null;
}

/**
 * The writer named right after the date on a date line, set off by a separator (`28. Juni 2019
 * | Klaus Berg`, `17/11/2019 ~ Cem Basman`, `04.02.2022 | 15:33 Uhr | Dennis Steimels`): two to
 * four capitalised words, nothing else in that part of the line. Null otherwise (a category
 * printed after the date, `27.01.2022 Aktuelles Experteninterviews`, has no separator).
 */
export function nameAfterDate(textAfterDate: string): string | null {
  // Set off by a separator: `2020-04-26 Deutsche Sprache` is the post's category.
  if (!/^\s*(?:[|·•~]|[/–—]\s)/u.test(textAfterDate)) return null;
  const parts = textAfterDate.replace(/^[\s|·•,~–—/]+/u, '').split(/\s*[|·•~]\s*|\s+[/–—]\s+/u);
  // The date's time may stand in a part of its own (`| 15:33 Uhr |`).
  const part = (/^\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm))?$/iu.test(parts[0]?.trim() ?? '') ? parts[1] : parts[0])?.trim() ?? '';
  return NAME_ONLY_RE.test(part) && !part.split(/\s+/u).some((w) => DATE_WORDS.has(w.toLowerCase())) ? part : null;
}

/** `Quelle: ntv.de, ghö` → site `ntv.de`, author `ghö`. Null when not a source line. */
export function parseSourceLine(text: string): { site: string; author: string | null } | null {
  const m = SOURCE_RE.exec(text.trim());
  if (!m) return null;
  const parts = m[1]!.split(/\s*[,;]\s*/).filter(Boolean);
  const site = parts[0]!;
  if (site.split(/\s+/).length > 4) return null;
  const rest = parts.slice(1).filter((p) => !AGENCY_SET.has(p.toLowerCase()));
  return { site, author: rest.length ? rest.join(', ') : null };
}

/** Agencies credited in a line: `(mit Reuters, dpa, Valeriia Semeniuk)` or `(dpa)`. */
export function parseAgencies(text: string): string[] {
  const credit = CREDIT_RE.exec(text);
  if (credit) return credit[1]!.split(/\s*(?:,|\bund\b|\band\b|&)\s*/u).map((s) => s.trim()).filter(Boolean);
  const agency = AGENCY_RE.exec(text);
  return agency ? agency[1]!.split(/\s*[/,]\s*/).map((s) => s.trim()) : [];
}

/**
 * A dateline opening the lead (`Moskau - Der …` → `Moskau`), or null. A dateline of the day
 * alone (`April 17, 2015 -- …`) has no place: `place` is then empty.
 */
export function parseDateline(text: string, usMonthFirst = false): { place: string; agency: string | null; length: number; date?: FoundDate } | null {
  const m = DATELINE_RE.exec(text);
  if (m) return { place: m[1]!, agency: m[2] ?? null, length: m[0].length };
  const d = DATED_DATELINE_RE.exec(text);
  if (d) {
    const date = wholeDay(d[2]!, d[0].indexOf(d[2]!, d[1]!.length), usMonthFirst);
    return date ? { place: d[1]!, agency: d[3] ?? null, length: d[0].length, date } : null;
  }
  const w = WIDE_DATED_DATELINE_RE.exec(text);
  if (w) {
    const date = wholeDay(w[3]!, w[0].indexOf(w[3]!, w[1]!.length), usMonthFirst);
    // `Oslo (Reuters),`: a bracket the place pattern took is the agency when it names one.
    const bracket = /\s\(([^)]+)\)$/u.exec(w[1]!);
    const agencyInPlace = bracket && AGENCY_SET.has(bracket[1]!.toLowerCase()) ? bracket : null;
    const place = agencyInPlace ? w[1]!.slice(0, agencyInPlace.index) : w[1]!;
    return date ? { place, agency: agencyInPlace?.[1] ?? w[2] ?? w[4] ?? null, length: w[0].length, date } : null;
  }
  const o = DATE_ONLY_DATELINE_RE.exec(text);
  const date = o ? wholeDay(o[1]!, 0, usMonthFirst) : null;
  return date ? { place: '', agency: null, length: o![0].length, date } : null;
}

/** The one whole date with its day and year that `text` (at `at` in the line) is, or null. */
function wholeDay(text: string, at: number, usMonthFirst: boolean): FoundDate | null {
  const found = findDatesUnglued(text, at, usMonthFirst);
  const date = found.length === 1 ? found[0]! : null;
  if (!date || date.day === undefined || date.year === undefined || date.end !== at + text.length) return null;
  return date;
}

/** The outlet a line names as itself (`Folge TKP auf Telegram`, `… hier bei TKP.`), or null. */
export function statedOutlet(text: string): string | null {
  if (text.length > 400) return null;
  const f = FOLLOW_RE.exec(text) ?? HERE_AT_RE.exec(text);
  const name = f?.[1]?.replace(/(?<![.&'-])[.&'-]+$/u, '');
  if (name && !/^(uns|us|nous|nos|ci|ihm|ihr|mir)$/i.test(name)) return name;
  const c = COPYRIGHT_RE.exec(text.trim());
  if (c && /\d{4}/.test(text) && c[1]!.trim().length >= 2) return c[1]!.trim();
  return null;
}

/**
 * Splits a tag line whose tags were glued together by copying (`RusslandDonald TrumpUSA…`).
 * Returns null unless the line has at least two seams and no sentence punctuation.
 */
export function splitGluedTags(text: string): string[] | null {
  if (text.length > 400 || /[.!?,;:]\s|[.!?]$|https?:|www\.|[/@#]/.test(text)) return null;
  const parts = text.split(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll}{2})/u).map((s) => s.trim()).filter(Boolean);
  if (parts.length < 3) return null;
  // Glued tags are short phrases; a seam inside "McDonald" would leave a 2-letter piece.
  if (parts.some((p) => p.split(/\s+/).length > 5) || parts.filter((p) => p.length <= 2).length > 1) return null;
  return parts;
}

/** A `Tags: a, b, c` / `Themen: …` line split into tags, or null. */
export function parseTagList(text: string): string[] | null {
  if (text.length > 400) return null;
  const m = /^(?:tags|themen|schlagworte|schlagwörter|stichworte|topics|mots-clés|etiquetas|tag|temas|argomenti|теги|štítky)\s*:\s*(.+)$/iu.exec(text);
  if (!m) return null;
  const tags = m[1]!.split(/\s*[,;·|•]\s*/).map((s) => s.trim()).filter(Boolean);
  return tags.length ? tags : null;
}
