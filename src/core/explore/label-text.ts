/**
 * A label's text as a person should read it: a title taken with an empty kicker or a dateline's
 * dash (`: Oberbefehlshaber entlassen`, `- Bei einer Wahlveranstaltung …`) loses the leading mark,
 * and a kicker joined with a spaced colon (`Friedensnobelpreisträger : Michail …`) reads `X: Y`.
 */
export function tidyLabel(text: string): string {
  return text
    .replace(/^[\s:;,.|–—-]+(?=\S)/u, '')
    .replace(/(\p{L})\s+:\s+/gu, '$1: ')
    .trim();
}

/** Words a headline needs to name a story. */
const HEADLINE_WORDS = 3;

/** Whether a report's title is a stated headline that can name its story (not made from its lead, not a dateline taken for one). */
export function isHeadline(d: { title?: string; titleDerived?: number }): boolean {
  return !d.titleDerived && !!d.title && d.title.trim().split(/\s+/u).length >= HEADLINE_WORDS;
}

/** Characters of a story's label; a longer title is cut at a word and marked. */
const STORY_LABEL_MAX = 90;

/** A story's label from its headline: tidied, and cut at a word past `STORY_LABEL_MAX`. */
export function storyLabel(raw: string): string {
  const title = tidyLabel(raw);
  if (title.length <= STORY_LABEL_MAX) return title;
  const cut = title.slice(0, STORY_LABEL_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), STORY_LABEL_MAX / 2))}…`;
}
