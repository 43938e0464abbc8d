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

const CREDIT_WORDS = 'foto|fotos|bild|bilder|photo|photos|image|images|credit|crédit|crédito|photograph|picture|fotografía|фото|grafik|illustration';
const CREDIT_LINE = new RegExp(
  `^(?:©|\\(c\\)\\s|copyright\\b|image copyright\\b|(?:${CREDIT_WORDS})\\s{0,3}(?:(?:by|von|de)\\s{0,3})?:|\\((?:${CREDIT_WORDS})\\s{0,3}:[^)]*\\)$|(?:getty images|imago|picture alliance|shutterstock|reuters|afp|ap photo|dpa)(?:\\s*/|$))`,
  'iu',
);
/** A credit in brackets at the end of a caption. */
const INLINE_CREDIT = new RegExp(
  `\\(((?:${CREDIT_WORDS}|archivbild|symbolbild|archivfoto|file photo|archive)(?:\\s{0,3}(?:by|von|:)[^()]*)?|[^()]{0,60}/(?:getty images|imago|dpa|reuters|afp|ap))\\)\\s*$`,
  'iu',
);

/** The credit text of a credit line (without the `©`/`Foto:` label). */
export function creditText(text: string): string {
  return text.replace(/^\(|\)$/g, '').replace(/^(?:©|\(c\)|copyright|image copyright)\s*/iu, '').replace(new RegExp(`^(?:${CREDIT_WORDS})\\s{0,3}(?:(?:by|von|de)\\s{0,3})?:\\s*`, 'iu'), '').trim();
}

/** Is this line a credit on its own? */
export function isCreditLine(line: Line): boolean {
  return line.text.length <= MAX_CREDIT_CHARS && CREDIT_LINE.test(line.text) && !/[.!?]\s+\p{Lu}/u.test(line.text);
}

/** The credit a caption line ends with, or null. */
export function inlineCredit(text: string): string | null {
  const m = INLINE_CREDIT.exec(text);
  return m ? creditText(m[1]!) : null;
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
