import type { Notice } from '../../../../shared/api/notices';
import { toErrorData } from '../../../../shared/errors';
import type { DerivedDatasetName } from '../../../../shared/events';
import { formatFor, furnitureLabel, isLang, LANGUAGES, pickLanguage, say, sayError, words, type Lang } from '../../../../shared/i18n';
import { de } from './de';
import { en, type Messages } from './en';
import { formatPartialDate } from './dates';

export { LANGUAGES, pickLanguage, type Lang };

const CATALOGUES: Record<Lang, Messages> = { en, de };
/** Each language's name in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', de: 'Deutsch' };

const STORAGE_KEY = 'parallax.lang';

/**
 * The module an English core message starts with (`ingest: "a.txt" is empty`, `store: …`,
 * `savePdf: …`). The command line and the JSON keep it; in the app it is jargon, and the
 * sentence after it says everything a person needs. Named one by one: a notice may start with
 * a word and a colon that are its subject (`outlet: needs a value: ignored`).
 */
const MODULE_TAG =
  /^(?:annotate|api|compare|correct|edit|entities|export|http|import|ingest|library|list|reading|reextract|savePdf|search|serve|store|stories|suggest|timeline|upload|validate): (?=\S)/;

/**
 * A message that starts with a file's name (`halb.jsonl line 3: …`): its first word holds a dot
 * or a path separator. A name is written as it is (`Halb.jsonl` is another file).
 */
const STARTS_WITH_FILE = /^[^\s:,]*[./\\][^\s:,]*[\s:,]/;

/** A core message as a person reads it in the app: without its module tag, starting with a capital (unless it starts with a file's name). */
export function forPerson(message: string): string {
  const rest = message.replace(MODULE_TAG, '');
  return rest === message ? rest : lineStart(rest);
}

/**
 * A message that starts a line of its own, with a capital (`no article body found` is a warning's
 * words, worded to follow a file's name): a file's name is written as it is.
 */
export function lineStart(message: string): string {
  return STARTS_WITH_FILE.test(message) ? message : message.charAt(0).toUpperCase() + message.slice(1);
}

/**
 * The UI language and its messages. `m` is the catalogue of the current language, so reading
 * `i18n.m.viewAll` in a template re-renders when the language changes.
 */
export class I18n {
  #storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  #languages: readonly string[] = [];
  lang = $state<Lang>('en');
  m = $derived<Messages>(CATALOGUES[this.lang]);
  /**
   * The locale dates are formatted in: the browser's own tag when it is of the UI language
   * (`en-GB` gives "12 Apr 2025", `en-US` "Apr 12, 2025"), else the bare language.
   */
  locale = $derived(this.#languages.find((tag) => tag.toLowerCase().split('-')[0] === this.lang) ?? this.lang);

  constructor(storage: Pick<Storage, 'getItem' | 'setItem'> | null, navigatorLanguages: readonly string[]) {
    this.#storage = storage;
    this.#languages = navigatorLanguages;
    const saved = safeGet(storage, STORAGE_KEY);
    this.lang = isLang(saved) ? saved : pickLanguage(navigatorLanguages);
  }


  /** Switches the language and remembers the choice. */
  setLang(lang: Lang): void {
    this.lang = lang;
    try {
      this.#storage?.setItem(STORAGE_KEY, lang);
    } catch {
      // Best effort: without storage the choice lasts for this session.
    }
  }

  /** What core says (a notice, a warning, a skip reason) in the UI language, from the shared catalogue. */
  say(n: Notice): string {
    return forPerson(say(this.lang, n));
  }

  /** A one-line message for anything an API call threw, in the UI language. */
  error(e: unknown): string {
    return forPerson(sayError(this.lang, toErrorData(e)));
  }

  /** The name of a kind of page furniture (`Block.label`) in the UI language. */
  furniture(label: string | undefined): string {
    return furnitureLabel(this.lang, label);
  }

  /** A derived dataset as what is being rebuilt (`the search index`), in the UI language. */
  dataset(name: DerivedDatasetName): string {
    return words(this.lang).datasets[name];
  }

  /** A whole number with the UI language's grouping (`1,500` / `1.500`). */
  num(n: number): string {
    return formatFor(this.lang).num(n);
  }

  /** A partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`) in the UI language. */
  date(value: string): string {
    return formatPartialDate(value, this.locale);
  }
}

function safeGet(storage: Pick<Storage, 'getItem'> | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}
