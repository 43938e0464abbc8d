/** The languages Parallax speaks, and how a host finds the person's. Pure; no dependencies. */

/** The languages Parallax ships, English first (the fallback). */
export const LANGUAGES = ['en', 'de'] as const;
/** One of `LANGUAGES`. */
export type Lang = (typeof LANGUAGES)[number];

/** True for a language Parallax ships. */
export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGUAGES as readonly string[]).includes(x);
}

/**
 * Picks a language from a list of BCP 47 tags such as `navigator.languages` (`de-AT` → `de`);
 * English when none is shipped.
 */
export function pickLanguage(tags: readonly string[]): Lang {
  for (const tag of tags) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

/**
 * The language of a command line from the POSIX locale variables, in their order of
 * precedence: `LC_ALL`, then `LC_MESSAGES`, then `LANG` (`de_DE.UTF-8` → `de`). The first one
 * set decides, so `LC_ALL=C` means English even when `LANG` is German. English otherwise.
 */
export function languageFromLocale(env: Readonly<Record<string, string | undefined>>): Lang {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  if (!value) return 'en';
  return pickLanguage([value.split('.')[0] ?? '']);
}
