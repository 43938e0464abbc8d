import { de } from './de';
import { en, type Messages } from './en';
import { formatPartialDate } from './dates';

/** The UI languages Parallax ships. */
export const LANGUAGES = ['en', 'de'] as const;
export type Lang = (typeof LANGUAGES)[number];

const CATALOGUES: Record<Lang, Messages> = { en, de };
/** Each language's name in itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Lang, string> = { en: 'English', de: 'Deutsch' };

const STORAGE_KEY = 'parallax.lang';

/** Picks a UI language from a BCP 47 tag list such as `navigator.languages`; English otherwise. */
export function pickLanguage(tags: readonly string[]): Lang {
  for (const tag of tags) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LANGUAGES as readonly string[]).includes(base ?? '')) return base as Lang;
  }
  return 'en';
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
    this.lang = saved && (LANGUAGES as readonly string[]).includes(saved) ? (saved as Lang) : pickLanguage(navigatorLanguages);
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
