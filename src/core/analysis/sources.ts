/**
 * The sources a report cites: news agencies, outlets, broadcasters, platforms. Two ways in:
 *
 * 1. **A media noun before a name**: `Nachrichtenagentur Interfax`, `US-Nachrichtenseite
 *    «Axios»`, `Plattform Truth Social`, `US-Senders CBS` — any name after such a noun.
 * 2. **Well-known sources by name** (agencies and outlets that German reports cite often),
 *    wherever the text names them: `berichtete Reuters`, `von der Times`.
 *
 * Agency credits in brackets (`(mit Reuters, dpa)`) are the report's own sources of copy, not
 * citations, and are left out (extraction keeps them as `Article.agencies`).
 */
import type { CitedSource } from '../../shared/api';
import { isJsSpace, letterOrDigitAt } from '../text/chars';
import type { Span } from '../text/sentences';
import { wordPass, type WordPass } from './entity-tokens';

/** Media nouns, as the end of a word (`US-Sender`, `Nachrichtenagentur`), inflected forms included. */
const MEDIA_NOUNS = (
  'nachrichtenagentur agentur sender senders fernsehsender zeitung tageszeitung wochenzeitung nachrichtenseite nachrichtenportal onlineportal newsportal ' +
  'portal plattform magazin nachrichtenmagazin blatt boulevardblatt website webseite sendern netzwerk kanal fernsehkanal staatsfernsehen ' +
  'nachrichtendienst'
).split(' ');

/**
 * Sources recognised by name alone. Names that are also German words (`Welt`, `Zeit`, `Bild`,
 * `Standard`, `Presse`) or single letters (`X`) are left out: they count only after a media noun.
 */
const KNOWN_SOURCES = [
  'Reuters', 'AFP', 'dpa', 'Interfax', 'Tass', 'TASS', 'RIA Nowosti', 'Ria Novosti', 'Ukrinform', 'Unian', 'Axios', 'Politico', 'CNN', 'CBS', 'NBC', 'ABC News',
  'Fox News', 'Bloomberg', 'BBC', 'Times', 'New York Times', 'Washington Post', 'Wall Street Journal', 'Financial Times', 'Guardian', 'Telegraph',
  'Economist', 'Spiegel', 'FAZ', 'Süddeutsche Zeitung', 'Handelsblatt', 'Tagesschau', 'ZDF', 'ARD', 'ntv', 'n-tv', 'RTL', 'Kommersant', 'Iswestija',
  'Kyiv Independent', 'Ukrajinska Prawda', 'Al Jazeera', 'Truth Social', 'Telegram', 'Bellingcat', 'Semafor', 'Le Monde', 'NZZ', 'ORF', 'APA', 'Xinhua',
  'Kyodo', 'Yonhap', 'Anadolu', 'Associated Press', 'Meduza', 'Nowaja Gaseta', 'Wedomosti', 'RBK', 'Nikkei', 'Haaretz', 'Corriere della Sera',
];
/**
 * Known sources by the code of their first letter (all ASCII), longest first as in an
 * alternation; a name that opens with an acronym also as copy writes the acronym as a word
 * (`Ria Nowosti` for `RIA Nowosti`, `Abc News`).
 */
const KNOWN_BY_FIRST = byCode(
  KNOWN_SOURCES.flatMap((k) => (/^[A-Z]{2,} \S/.test(k) ? [k, k.replace(/^([A-Z])([A-Z]+)/, (_, a: string, b: string) => a + b.toLowerCase())] : [k])),
  (k) => k.charCodeAt(0),
);
/**
 * Media nouns by the codes of their last two letters (all lowercase ASCII, `c1 * 128 + c2`),
 * longest first: most German words end in a letter some noun ends in, few in its last two.
 */
const MEDIA_BY_LAST = byCode(MEDIA_NOUNS, (n) => n.charCodeAt(n.length - 2) * 128 + n.charCodeAt(n.length - 1), 128 * 128);

/** Words grouped by a code below `size`, longest first: an array lookup per character of the text. */
function byCode(words: string[], code: (w: string) => number, size = 128): (string[] | undefined)[] {
  const out: (string[] | undefined)[] = new Array(size).fill(undefined);
  for (const w of [...words].sort((a, b) => b.length - a.length)) (out[code(w)] ??= []).push(w);
  return out;
}
/** A name of one to four capitalised words right after a media noun, quoted or not. */
const NAME_AFTER = /\s+[«„"“»]?((?:\p{Lu}[\p{L}\p{N}&'’-]*)(?:\s+(?:\p{Lu}[\p{L}\p{N}&'’-]*|of|the|de|della)){0,3})/uy;
/** Words that end a cued name (`Nachrichtenagentur Interfax Moskau` is rare; `Tass Videoaufnahmen` is not). */
const NOT_NAME = /^(Videoaufnahmen|Video|Bericht|Berichten|Interview|Informationen|Angaben|Quellen|zufolge)$/;

/** The agency credit closing a paragraph: `(mit Reuters, dpa)`. */
const CREDIT = /\((?:mit|with|Material von|Quelle:?)\s[^)]*\)\s*$/u;

/**
 * The cited sources of `text` within the given ranges (body sentences), in order of first
 * citation; `pass` is the word scan of those ranges when the caller has made it.
 */
export function findSources(text: string, ranges: Span[], pass: WordPass = wordPass(text, ranges)): CitedSource[] {
  if (pass.sentences !== ranges) throw new Error('findSources: the word pass is of other ranges');
  const found = new Map<string, CitedSource>();
  const add = (name: string, start: number, end: number) => {
    const key = name.toLowerCase();
    const s = found.get(key) ?? { name, mentions: [] };
    if (!s.mentions.some((m) => m.start < end && start < m.end)) s.mentions.push({ start, end });
    found.set(key, s);
  };
  ranges.forEach((r, ri) => {
    const part = text.slice(r.start, r.end);
    const credit = endsWithParen(part) ? CREDIT.exec(part) : null;
    const limit = credit ? credit.index : part.length;
    const hits: { name: string; start: number; end: number }[] = [];
    for (const w of mediaNouns(text, r, pass, ri)) {
      if (w.start >= limit) continue;
      NAME_AFTER.lastIndex = w.end;
      const m = NAME_AFTER.exec(part);
      if (!m) continue;
      const words = m[1]!.split(/\s+/);
      while (words.length > 1 && (NOT_NAME.test(words[words.length - 1]!) || /^(of|the|de|della)$/.test(words[words.length - 1]!))) words.pop();
      if (NOT_NAME.test(words[0]!)) continue;
      // A following capitalised common word is not part of the name unless it is a known source.
      const known = KNOWN_SOURCES.find((k) => words.join(' ').startsWith(k));
      const name = known ?? (words.length > 1 && words[1] === words[1]!.toUpperCase() ? words[0]! : words.join(' '));
      const at = r.start + m.index + m[0].indexOf(name);
      hits.push({ name, start: at, end: at + name.length });
    }
    for (const k of knownSources(part, r.start, pass, ri)) {
      if (k.start >= limit) continue;
      hits.push({ name: k.name, start: r.start + k.start, end: r.start + k.end });
    }
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const h of hits) add(h.name, h.start, h.end);
  });
  return [...found.values()].sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** True when `part` ends in `)` before any trailing whitespace (all a `CREDIT` match can end in). */
function endsWithParen(part: string): boolean {
  let i = part.length - 1;
  while (i >= 0 && isJsSpace(part.charCodeAt(i))) i--;
  return i >= 0 && part.charCodeAt(i) === 41;
}

/**
 * The media nouns ending a word before whitespace in sentence `si`, in order, relative to its
 * start: the matches of `/(?:nouns)(?=\s)/gi` in the sentence cut out. Such a match ends in a
 * letter before whitespace, so at the end of a run of letters; each run ends at most one, and
 * the regex's leftmost start is the longest noun there.
 */
function mediaNouns(text: string, r: Span, pass: WordPass, si: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let a = pass.runFrom[si]!; a < pass.runTo[si]!; a++) {
    const e = pass.runEnd[a]!;
    if (e >= r.end || !isJsSpace(text.charCodeAt(e))) continue;
    if (e - r.start < 2) continue; // every noun is longer
    let c = text.charCodeAt(e - 1);
    if (c >= 65 && c <= 90) c += 32;
    let b = text.charCodeAt(e - 2);
    if (b >= 65 && b <= 90) b += 32;
    const list = c < 128 && b < 128 ? MEDIA_BY_LAST[b * 128 + c] : undefined;
    if (!list) continue;
    for (const n of list) if (e - r.start >= n.length && equalsAsciiIgnoreCase(text, e - n.length, n)) {
      if (!lowerCaseWord(text, pass.runStart[a]!, e)) out.push({ start: e - n.length - r.start, end: e - r.start });
      break;
    }
  }
  return out;
}

/**
 * True when the word ending at `end` (its letters back through hyphens, soft hyphens and
 * digits: `Internet­plattform`, `US-Sender`) opens in lower case: no German noun, so no media noun
 * (`inmitten wachsender Forderungen` ends in `sender` and names no broadcaster). English writes
 * its noun `website` in lower case.
 */
function lowerCaseWord(text: string, runStart: number, end: number): boolean {
  let w = runStart;
  while (w > 0 && WORD_JOIN.test(text[w - 1]!)) w--;
  const first = text[w]!;
  return first !== first.toUpperCase() && text.slice(w, end) !== 'website';
}
const WORD_JOIN = /[\p{L}\p{N}\u00AD-]/u;

/** True when `s` at `at` is `lower` in ASCII letters of either case (what `i` without `u` compares). */
function equalsAsciiIgnoreCase(s: string, at: number, lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    let c = s.charCodeAt(at + i);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== lower.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Known sources named in `part` (sentence `si`, at `offset` of the text), in order: the matches
 * of `(?<![\p{L}\p{N}-])(names)(?![\p{L}\p{N}])` with the names longest first. Every name
 * starts with a letter, so where a run of letters starts; found by first letter instead of a
 * 60-way alternation.
 */
function knownSources(part: string, offset: number, pass: WordPass, si: number): { name: string; start: number; end: number }[] {
  const out: { name: string; start: number; end: number }[] = [];
  let next = 0; // a match's end: the next one starts at or after it
  for (let a = pass.runFrom[si]!; a < pass.runTo[si]!; a++) {
    const p = pass.runStart[a]! - offset;
    if (p < next) continue;
    const c = part.charCodeAt(p);
    const list = c < 128 ? KNOWN_BY_FIRST[c] : undefined;
    if (!list || (p > 0 && part.charCodeAt(p - 1) === 45)) continue;
    const second = part.charCodeAt(p + 1);
    for (const k of list) {
      if (k.charCodeAt(1) !== second || !part.startsWith(k, p) || letterOrDigitAt(part, p + k.length) > 0) continue;
      out.push({ name: k, start: p, end: p + k.length });
      next = p + k.length;
      break;
    }
  }
  return out;
}
