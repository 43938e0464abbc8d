/**
 * The parts of a sentence that credit the report rather than tell its story: a dateline opening
 * it (`Moskau (Reuters) - `, `TOKIO (dpa-AFX) - `, `BERLIN taz | `) and a photo credit the page
 * glued into it (`© -/SANA via AP/dpa`, `Foto: dpa/ZUMA Press`). A name there is who sent or
 * photographed the report, not whom it tells of: a pair's names row does not list it as said by
 * one report only, nor as a source the report cites.
 */
import type { CitedSource } from '../../shared/api';
import { parseDateline } from '../ingest/extract/byline';

/** A dateline with an outlet and a bar (`BERLIN taz | `), which `parseDateline` (dashes) does not read. */
const OUTLET_BAR = /^\p{Lu}[\p{L}.'’/-]*(?:\s\p{Lu}[\p{L}.'’/-]*){0,2}\s+\p{L}+\s*\|\s/u;
/** What opens a photo credit. */
const PHOTO_MARK = /©|(?<![\p{L}])(?:Foto|Fotos|Bild|Photo|Archivbild):/gu;
/** A credit's own words: agencies and photographers joined by slashes, `via`, a dash. */
const CREDIT_WORD = /\/|^(?:via|[-–])$/u;
/** Capitalised words before a slash (`Omar Sanadiki/AP/dpa`), at most this many. */
const BEFORE_SLASH = 3;

/** The credit spans of the sentence `text.slice(start, end)`, as offsets into `text`. */
export function creditSpans(text: string, start: number, end: number): [number, number][] {
  const s = text.slice(start, end);
  const out: [number, number][] = [];
  const d = parseDateline(s);
  // A dateline's place alone (`Moskau - `) is a place, which the names row leaves out anyway; with
  // an agency or in capitals (`TOKIO (dpa-AFX)`) the finder may take it for an organisation.
  if (d && d.place && (d.agency !== null || !/\p{Ll}/u.test(d.place))) out.push([start, start + d.length]);
  else {
    const bar = OUTLET_BAR.exec(s);
    if (bar) out.push([start, start + bar[0].length]);
  }
  for (const m of s.matchAll(PHOTO_MARK)) {
    let last = m.index + m[0].length, pending = 0, any = false;
    const word = /\s*(\S+)/uy;
    word.lastIndex = last;
    for (let w = word.exec(s); w; w = word.exec(s)) {
      if (CREDIT_WORD.test(w[1]!)) {
        last = word.lastIndex;
        pending = 0;
        any = true;
      } else if (/^\p{Lu}/u.test(w[1]!) && pending < BEFORE_SLASH) pending++;
      else break;
    }
    // `© Omar Sanadiki` with no agency: the capitalised words after the sign, as the name finder reads them.
    if (!any && m[0] === '©') {
      word.lastIndex = last;
      for (let k = 0, w = word.exec(s); w && k < BEFORE_SLASH && /^\p{Lu}/u.test(w[1]!); k++, w = word.exec(s)) last = word.lastIndex;
    }
    out.push([start + m.index, start + last]);
  }
  return out;
}

/**
 * The sources of a report without the mentions that stand in a credit (`Moskau (Reuters) - `):
 * the agency that sent the copy is not a source the report cites. A source named only there is
 * left out; one also cited in the story (`berichtete Reuters`) keeps its other mentions.
 */
export function sourcesOutsideCredits(sources: CitedSource[], text: string, sentences: { start: number; end: number }[]): CitedSource[] {
  const spans = new Map<number, [number, number][]>();
  const credited = (start: number, end: number) => {
    const k = sentences.findIndex((x) => start >= x.start && end <= x.end);
    if (k < 0) return false;
    let c = spans.get(k);
    if (!c) spans.set(k, (c = creditSpans(text, sentences[k]!.start, sentences[k]!.end)));
    return c.some(([from, to]) => start >= from && end <= to);
  };
  const out: CitedSource[] = [];
  for (const s of sources) {
    const mentions = s.mentions.filter((m) => !credited(m.start, m.end));
    if (mentions.length === s.mentions.length) out.push(s);
    else if (mentions.length > 0) out.push({ ...s, mentions });
  }
  return out;
}
