/**
 * Photo captions and credits. A credit is a short line such as `© ARCHIVBILD/dpa/…`,
 * `Foto: …`, `(Bild: Hersteller)`, `Photo: … / Getty Images`; the line before it is the
 * caption. A caption may also carry its credit at the end: `… (Foto: Vyacheslav Prokofyev)`,
 * `… (Archivbild)`, `… (Photo by X/Getty Images)`.
 */
import type { Line } from './segment';

/** What a line is in the photo sense. */
export interface CaptionRole {
  role: 'caption' | 'credit';
  /** For a caption: its credit (from the same line or the next). */
  credit: string | null;
}

/** Credit lines are short. */
const MAX_CREDIT_CHARS = 100;
/** A caption is at most a long sentence or two. */
const MAX_CAPTION_WORDS = 70;

/** Picture agencies and stock libraries, whose name ends a caption as its credit. */
const STOCK = 'getty images|istock(?:photo)?(?:\\.com)?|shutterstock(?:\\.com)?|imago(?: images)?|picture alliance|unsplash|pixabay';
const CREDIT_WORDS = 'foto|fotos|bild|bilder|photo|photos|image|images|credit|crédit|crédito|photograph|picture|fotografía|фото|grafik|illustration';
const CREDIT_LINE = new RegExp(
  `^(?:©|\\(c\\)\\s|copyright\\b|image copyright\\b|(?:${CREDIT_WORDS})\\s{0,3}(?:(?:by|von|de)\\s{0,3})?:|\\((?:${CREDIT_WORDS})\\s{0,3}:[^)]*\\)$|(?:getty images|imago|picture alliance|shutterstock|reuters|afp|ap photo|dpa)(?:\\s*/|$))`,
  'iu',
);
/** A short line that ends in a library's name after a slash: `jdoe / ShutterStock`. */
const STOCK_CREDIT_LINE = new RegExp(`^[^/]{1,60}/\\s{0,3}(?:${STOCK})\\s*$`, 'iu');
/** A credit in brackets at the end of a caption. */
const INLINE_CREDIT = new RegExp(
  `\\(((?:${CREDIT_WORDS}|archivbild|symbolbild|archivfoto|file photo|archive)(?:\\s{0,3}(?:by|von|:)[^()]*)?|[^()]{0,60}/(?:getty images|imago|dpa|reuters|afp|ap))\\)\\s*$`,
  'iu',
);
/** A library's name ends the caption (`Dee Dee Myers Getty Images`, `… (X / iStock.com)`). */
const STOCK_END = new RegExp(`(?:\\s|/)(?:${STOCK})\\)?\\s*$`, 'iu');
/** Letters every library name of `STOCK` holds: a line ending without them is tested no further. */
const STOCK_HINT = /image|stock|imago|alliance|unsplash|pixabay/i;
/** What stands before the colon of a trailing credit: a caption's word, then `Foto:`, `Photo by:`. */
const LABEL_END = new RegExp(`\\S\\s{1,3}(?:${CREDIT_WORDS})\\s{0,3}(?:(?:by|von|de)\\s{0,3})?$`, 'iu');
/** The last character of a line that may end in a credit. */
const NAME_END = /[\p{L}\p{N})]/u;
/** Longest credit label read before a colon (`Fotografía de`), in characters. */
const MAX_LABEL_CHARS = 24;

/** The credit text of a credit line (without the `©`/`Foto:` label). */
export function creditText(text: string): string {
  return text.replace(/^\(|\)$/g, '').replace(/^(?:©|\(c\)|copyright|image copyright)\s*/iu, '').replace(new RegExp(`^(?:${CREDIT_WORDS})\\s{0,3}(?:(?:by|von|de)\\s{0,3})?:\\s*`, 'iu'), '').trim();
}

/** Is this line a credit on its own? */
export function isCreditLine(line: Line): boolean {
  const t = line.text;
  if (t.length > MAX_CREDIT_CHARS) return false;
  return (CREDIT_LINE.test(t) || (t.includes('/') && STOCK_HINT.test(t.slice(-24)) && STOCK_CREDIT_LINE.test(t))) && !/[.!?]\s+\p{Lu}/u.test(t);
}

/** The credit a caption line ends with, or null. */
export function inlineCredit(text: string): string | null {
  const m = INLINE_CREDIT.exec(text);
  if (m) return creditText(m[1]!);
  // A credit ends in a name (a letter, a digit, `.com)`): a line ending in a stop, a quote or a
  // comma is prose, and most lines are, so they are tested no further.
  return NAME_END.test(text.slice(-1)) ? trailingCredit(text.slice(-MAX_CREDIT_CHARS)) : null;
}

/**
 * A credit after the caption without brackets: `… der Schweiz. © AFP / X`, `… im Abendrot.
 * Bild: X/Shutterstock.com`, `Dee Dee Myers Getty Images`. The label follows a word of the
 * caption, and the credit after it is a name (no colon, bracket or sentence). Found from the
 * last `©` or colon rather than by a pattern tried at every character: most lines have neither.
 */
function trailingCredit(tail: string): string | null {
  const at = Math.max(tail.lastIndexOf('©'), tail.lastIndexOf(':'));
  if (at >= 2) {
    const credit = tail.slice(at + 1).trim();
    const before = tail.slice(Math.max(0, at - MAX_LABEL_CHARS), at);
    const named = credit.length >= 2 && credit.length <= 60 && !/[©!?()]/u.test(credit) && !/[.!?]\s+\p{Lu}/u.test(credit);
    if (named && (tail[at] === '©' ? /\S\s{1,3}$/u : LABEL_END).test(before)) return credit;
  }
  const stock = STOCK_HINT.test(tail.slice(-24)) ? STOCK_END.exec(tail) : null;
  if (!stock) return null;
  // In brackets the credit is all the bracket holds (`(X / iStock.com)`).
  const open = stock[0].includes(')') ? tail.lastIndexOf('(') : -1;
  return (open >= 0 ? tail.slice(open + 1, tail.lastIndexOf(')')) : stock[0]).replace(/^\//, '').trim();
}

/**
 * Marks captions and credits. `isFree(i)` says whether line `i` is still unclaimed (not
 * furniture or comments). Returns a map from line index to role.
 */
export function findCaptions(lines: Line[], isFree: (i: number) => boolean): Map<number, CaptionRole> {
  const roles = new Map<number, CaptionRole>();
  for (let i = 0; i < lines.length; i++) {
    if (!isFree(i)) continue;
    const line = lines[i]!;
    if (isCreditLine(line)) {
      const credit = creditText(line.text);
      roles.set(i, { role: 'credit', credit });
      const prev = i - 1;
      if (prev >= 0 && isFree(prev) && !roles.has(prev) && lines[prev]!.words <= MAX_CAPTION_WORDS && lines[prev]!.words >= 3) {
        roles.set(prev, { role: 'caption', credit });
      }
      continue;
    }
    if (line.words <= MAX_CAPTION_WORDS && line.words >= 3) {
      const credit = inlineCredit(line.text);
      if (credit) roles.set(i, { role: 'caption', credit });
    }
  }
  return roles;
}
