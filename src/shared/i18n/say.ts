/**
 * Words a `Notice` in a language: the one formatter the renderer, the CLI and the HTML export
 * use. Core calls `english` for the English `message` fields it keeps in its JSON shapes.
 */
import type { Notice } from '../api/notices';
import { FURNITURE_LABELS, type FurnitureLabel } from '../api/extraction';
import { ApiError, type ApiErrorData, type ErrorCode } from '../errors';
import { de } from './de';
import { en } from './en';
import type { Lang } from './lang';
import type { Fmt, Words } from './words';

const CATALOGUES: Record<Lang, Words> = { en, de };

const FORMATS = new Map<Lang, Fmt>();

/** The catalogue of `lang` (for labels and error kinds; notices go through `say`). */
export function words(lang: Lang): Words {
  return CATALOGUES[lang] ?? en;
}

/** Number and list formatting for `lang`, made once per language. */
export function formatFor(lang: Lang): Fmt {
  let f = FORMATS.get(lang);
  if (!f) {
    const whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    const and = lang === 'de' ? 'und' : 'and';
    f = {
      num: (n) => whole.format(n),
      // toFixed, not Intl: it has no grouping, which is how sizes have always been written.
      fixed: (n, digits) => (lang === 'de' ? n.toFixed(digits).replace('.', ',') : n.toFixed(digits)),
      list: (items) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`),
      say: (n) => say(lang, n),
    };
    FORMATS.set(lang, f);
  }
  return f;
}

/**
 * A notice in `lang`. A code this version does not know (a library written by a newer one)
 * is worded as its code rather than dropped.
 *
 * ```ts
 * say('de', notice('search.unclosed-quote')) // 'Anführungszeichen nicht geschlossen: …'
 * ```
 */
export function say(lang: Lang, n: Notice): string {
  const wording = words(lang).notices[n.code] as ((p: unknown, f: Fmt) => string) | undefined;
  return wording ? wording(n.params ?? {}, formatFor(lang)) : n.code;
}

/** A notice in English: the words of the `message`/`reason` fields core keeps beside codes. */
export function english(n: Notice): string {
  return say('en', n);
}

/** An `ApiError` whose English message is worded from its notice, which travels with it. */
export function codedError(code: ErrorCode, n: Notice): ApiError {
  return new ApiError(code, english(n), n);
}

/**
 * What to tell a person about a failed call, in `lang`: its notice when it has one; else, in
 * English, its message as it is (it names the module and the value); else what its kind means.
 */
export function sayError(lang: Lang, e: Pick<ApiErrorData, 'code' | 'message' | 'messageCoded'>): string {
  if (e.messageCoded) return say(lang, e.messageCoded);
  return lang === 'en' ? e.message : words(lang).errors[e.code] ?? e.message;
}

/** The name of a kind of page furniture in `lang`; a label this version does not know reads as `other`. */
export function furnitureLabel(lang: Lang, label: string | undefined): string {
  const known = (FURNITURE_LABELS as readonly string[]).includes(label ?? '') ? (label as FurnitureLabel) : 'other';
  return words(lang).furniture[known];
}
