/** Word tests on a name as one string (`Wladimir Putin`), without splitting it into an array. */

/** How many words `name.split(' ')` gives. */
export function wordCount(name: string): number {
  let n = 1;
  for (let i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) n++;
  return n;
}

/** `name.split(' ').includes(word)`, without the array. */
export function hasWord(name: string, word: string): boolean {
  for (let from = 0; ; ) {
    const space = name.indexOf(' ', from);
    const end = space < 0 ? name.length : space;
    if (end - from === word.length && name.startsWith(word, from)) return true;
    if (space < 0) return false;
    from = space + 1;
  }
}
