/**
 * The one message catalogue per language (`en/`, `de/`) and its formatter. Pure data and
 * functions; imports nothing outside `src/shared`. See README.md.
 */
export { LANGUAGES, isLang, pickLanguage, languageFromLocale, type Lang } from './lang';
export { formatPartialDate } from './dates';
export { say, english, sayError, codedError, furnitureLabel, words, formatFor } from './say';
export type { Fmt, Words, Wording } from './words';
