/**
 * Recognises page furniture line by line: skip links, consent notices, appeals, share bars,
 * navigation, footers, script debris, image slugs. Works on the line's shape (length, symbol
 * density, runs of short lines) and on the keyword lists of `rules.ts`, never on a page's
 * literal text.
 */
import type { Line } from './segment';
import { BOILERPLATE_PHRASES, STRONG_PHRASES } from './rules';
import { LETTER, classAt, isJsSpace, widthAt } from '../../text/chars';

/** Lines up to this long may be labelled by a weak keyword (a menu item, a button). */
const SHORT_LINE_CHARS = 90;
/** A weak phrase must cover this share of a short line, so "Suche nach Frieden" stays text. */
const WEAK_COVER = 0.45;
/** Share of code punctuation above which a line reads as script or JSON. */
const CODE_SYMBOL_SHARE = 0.12;
/** Characters of a line that `isCodeLike` looks at. */
const CODE_SAMPLE = 600;
/** Characters of a line that the phrase rules read. */
const LABEL_SAMPLE = 2_000;
/** A run of this many unpunctuated short lines with no blank between is a menu. */
const MENU_RUN = 4;

/**
 * Script debris by its start, its end (`{`, or `)`/`]`/`=` then `;`), or a call with an object
 * argument. As one unanchored pattern these were tried at every position of every line; as
 * an anchored pattern, a look at the last characters and a substring gate, the same lines
 * match at a fraction of the cost (a line opening with `{` is the start pattern's). A `[` opens
 * script only before JSON (`[{`, `["`, `[1,`, `[true`) or as a line wholly in brackets (a
 * placeholder or note: `[Video]`, `[Anmerkung der Redaktion: gekürzt]`): `[1] Wer …` numbers a
 * paragraph.
 */
const CODE_START = /^(?:["'][\w$]+["']\s*:|(?:(?:var|let|const|function)\s|window\.|document\.|if\s*\(|return\b|\}|\{|\]|\[(?=\s{0,3}(?:[{["'\]]|-?\d+(?:\.\d+)?\s{0,3}(?:,|\]\s{0,3}[;,]?$)|(?:true|false|null)\b)|[^\]]{0,200}\]$))|console\.\w+\(|<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?\/?>|googletag|__\w+)/u;
const CODE_CALL = /\w+\(\{.*\}\)/u;
/**
 * A script key on its own line (`showPaywall:`): an identifier with a capital or underscore
 * after its first letter. Tested in two steps; as one pattern (`[a-z_$][\w$]*(?:[A-Z_][\w$]*)+`)
 * the two runs can split a row of underscores in exponentially many ways.
 */
const SCRIPT_KEY = /^[a-z_$][\w$]*(?=\s{0,4}:\s*$)/u;
const CODE_VALUE = /^(?:true|false|null|undefined|-?\d+(?:\.\d+)?|"[^"]*"|'[^']*'),?$/;
const CODE_SYMBOLS = /[{}[\]();=<>$_\\|"]/g;
const SLUG = /^[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+){3,}(?:\.(?:jpe?g|png|webp|gif))?$/u;
const FILE_NAME = /^\S+\.(?:jpe?g|png|webp|gif|svg|mp4)$/i;
const SHARE_WORDS = new Set([
  'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'xing', 'pinterest', 'reddit', 'e-mail', 'email',
  'mail', 'drucken', 'print', 'teilen', 'share', 'tweet', 'flipboard', 'pocket', 'messenger', 'copy link', 'vk',
  'kommentieren', 'merken', 'bookmark', 'save', 'imprimir', 'imprimer', 'stampa', 'close', 'schließen',
]);

/** The longest share label: a line with more letters than this cannot be one. */
const LONGEST_SHARE_WORD = Math.max(...[...SHARE_WORDS].map((w) => w.length));

/**
 * Is the line, without digits and punctuation, a share label? Lines with more letters than
 * the longest label are turned down by a count, before the costly Unicode replace.
 */
function isShareLine(t: string): boolean {
  let letters = 0;
  for (let k = 0; k < t.length; ) {
    const w = widthAt(t, k);
    if (classAt(t, k) & LETTER) letters += w;
    if (letters > LONGEST_SHARE_WORD) return false;
    k += w;
  }
  return SHARE_WORDS.has(t.replace(/[^\p{L}\s-]/gu, '').trim());
}

/** One alternation per phrase table: a single regex pass per line instead of one `includes` per phrase. */
function phraseIndex(table: Record<string, readonly string[]>): { re: RegExp; label: Map<string, string> } {
  const label = new Map<string, string>();
  for (const [l, phrases] of Object.entries(table)) for (const p of phrases) if (!label.has(p)) label.set(p, l);
  const alt = [...label.keys()].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return { re: new RegExp(alt, 'g'), label };
}
const STRONG = phraseIndex(STRONG_PHRASES);
const WEAK = phraseIndex(BOILERPLATE_PHRASES);

/** Whitespace that `norm` would change: anything but a space, or two in a row. */
const ODD_SPACE = /[^\S ]| {2}/;

/** Normalises a line for keyword matching: lowercase, each run of whitespace one space. */
function norm(s: string): string {
  const l = s.toLowerCase();
  // Most lines have single spaces only: a test is some five times cheaper than the replace.
  return ODD_SPACE.test(l) ? l.replace(/\s+/g, ' ') : l;
}

/** `/(?:\{|[)\]=]\s*;)\s*$/`, read backwards from the line's end. */
function isCodeEnd(text: string): boolean {
  let j = text.length - 1;
  while (j >= 0 && isJsSpace(text.charCodeAt(j))) j--;
  if (text.charCodeAt(j) === 123) return true;
  if (text.charCodeAt(j) !== 59) return false;
  j--;
  while (j >= 0 && isJsSpace(text.charCodeAt(j))) j--;
  const c = text.charCodeAt(j);
  return c === 41 || c === 93 || c === 61;
}

/** Is this line script debris, JSON or markup rather than prose? */
export function isCodeLike(line: string): boolean {
  // A prefix decides; the patterns would backtrack quadratically on a 50,000-character line.
  const text = line.length > CODE_SAMPLE ? line.slice(0, CODE_SAMPLE) : line;
  if (CODE_START.test(text) || isCodeEnd(text) || (text.includes('({') && CODE_CALL.test(text))) return true;
  const key = SCRIPT_KEY.exec(text);
  if (key && /[A-Z_]/.test(key[0].slice(1))) return true;
  if (text.length < 12) return false;
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const symbols = sample.match(CODE_SYMBOLS)?.length ?? 0;
  return symbols / sample.length > CODE_SYMBOL_SHARE && !/\p{L}{3,}\s+\p{L}{3,}\s+\p{L}{3,}\s+\p{L}{3,}/u.test(sample.replace(/[{}[\]();=<>$\\|"]/g, ''));
}

/**
 * The boilerplate label of one line on its own, or null. `label` values: `skip-link`,
 * `consent`, `donation`, `follow`, `share`, `comment-rules`, `navigation`, `related`, `footer`,
 * `paywall`, `script`, `image-slug`.
 */
export function labelLine(line: Line): string | null {
  // Notices and menus show what they are in their first sentences; a prefix keeps this linear.
  const t = norm(line.text.length > LABEL_SAMPLE ? line.text.slice(0, LABEL_SAMPLE) : line.text);
  STRONG.re.lastIndex = 0;
  const strong = STRONG.re.exec(t);
  if (strong) return STRONG.label.get(strong[0])!;
  if (isCodeLike(line.text)) return 'script';
  if (line.text.length <= 80 && (SLUG.test(line.text) || FILE_NAME.test(line.text)) && /\p{L}/u.test(line.text)) {
    return /-/.test(line.text) && !/^\d/.test(line.text) ? 'image-slug' : null;
  }
  if (line.text.length > SHORT_LINE_CHARS) return null;
  if (isShareLine(t)) return 'share';
  // exec, not matchAll: matchAll clones the pattern (hundreds of phrases) on every call.
  WEAK.re.lastIndex = 0;
  for (let m = WEAK.re.exec(t); m; m = WEAK.re.exec(t)) {
    if (m[0].length >= t.length * WEAK_COVER || line.words <= 3) return WEAK.label.get(m[0])!;
  }
  if (/^(©|\(c\)|copyright\b)/i.test(line.text) && /\b(19|20)\d{2}\b/.test(line.text)) return 'footer';
  return null;
}

/**
 * Labels every line: single-line rules, then the runs — values after a script key
 * (`showPaywall:` / `false`), the paragraphs of a consent notice that follow its heading,
 * and menus (long runs of unpunctuated short lines).
 */
export function labelLines(lines: Line[]): (string | null)[] {
  const labels = lines.map(labelLine);
  for (let i = 1; i < lines.length; i++) {
    const prev = labels[i - 1];
    const line = lines[i]!;
    if (!labels[i] && prev === 'script' && (CODE_VALUE.test(line.text) || line.words <= 2)) labels[i] = 'script';
  }
  // A consent notice is a heading plus two or three paragraphs: carry the label forward while
  // the following paragraphs keep speaking of content, data or consent.
  for (let i = 1; i < lines.length; i++) {
    if (labels[i] || labels[i - 1] !== 'consent') continue;
    const t = norm(lines[i]!.text);
    if (/inhalt|content|daten|data|einverstanden|zustimm|consent|anzeigen|display|cookie|klick|click/.test(t) && lines[i]!.words < 80) labels[i] = 'consent';
  }
  const isMenuItem = (k: number): boolean => {
    const l = lines[k]!;
    return !labels[k] && l.words <= 4 && l.text.length <= 40 && !/[.!?:;]$/.test(l.text);
  };
  for (let k = 0; k < lines.length; ) {
    if (!isMenuItem(k)) { k++; continue; }
    let j = k + 1;
    while (j < lines.length && isMenuItem(j) && !lines[j]!.blankBefore) j++;
    if (j - k >= MENU_RUN) for (let m = k; m < j; m++) labels[m] = 'navigation';
    k = j;
  }
  return labels;
}
