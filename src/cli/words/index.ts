import { languageFromLocale, type Lang } from '../../shared/i18n';
import { de } from './de';
import { en, type CliWords } from './en';

export type { CliWords };

/** The person's language, from `LC_ALL`, `LC_MESSAGES` or `LANG` (read once; the CLI is one run). */
export const CLI_LANG: Lang = languageFromLocale(process.env);

/** The command line's own words in `lang` (default: the person's). */
export function cliWords(lang: Lang = CLI_LANG): CliWords {
  return lang === 'de' ? de : en;
}
