/** A phrase the window shows as part of a line ("title changed"), as a line of its own: "Title changed." */
export function sentence(phrase: string): string {
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`;
}
