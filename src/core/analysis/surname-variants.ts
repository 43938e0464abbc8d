/**
 * Which person of a report a bare word stands for in another rendering: a spelling variant of
 * the surname (`Whitkoffs`, `Kellog`) or the same transliteration skeleton (`Selenskyj` and
 * `Zelensky`), the first such person in the order the report named them.
 */
import { isFoldedSpellingVariant } from '../text/phonetic';
import { nameSkeleton } from '../text/transliteration';
import { SpanCache } from '../text/span-cache';

/**
 * Per word as written: the skeletons of its folded form and of that form without a genitive
 * `s` ('' when there is none). Asked of most capitalised words of every article when it names
 * a person; keyed by the word's span, so a hit makes no string (see `SpanCache`). 65,536 words a
 * generation: at 16,384 a fifth of the lookups missed over the 10k bench library (the capitalised
 * words a library's reports use outnumber the common ones), and a miss runs the skeleton's regexes.
 */
const wordSkeletons = new SpanCache<readonly [string, string]>(1 << 17);

/** `[nameSkeleton(f), nameSkeleton(g)]` of a word's fold `f` and `g` (`f` less a final `s`, or ''), cached by the word's span. */
function skeletonsOf(text: string, start: number, end: number, f: string, g: string): readonly [string, string] {
  return wordSkeletons.get(text, start, end) ?? wordSkeletons.set(text, start, end, [f ? nameSkeleton(f) : '', g ? nameSkeleton(g) : '']);
}

/**
 * For the folded surnames of a report's persons (`personKeys`, in order), a lookup of the first
 * person a word is a rendering of: the word at `text[start, end)`, folded `f`, and `g` (`f`
 * less a genitive `s`, or ''). `compareNameWords(b, p) === 'same'` is equality of two non-empty
 * skeletons: each person's is worked out once, and a word asks two maps (by skeleton, and by
 * first letter for the spelling test) instead of comparing itself with every person.
 */
export function surnameVariants(personKeys: string[]): (text: string, start: number, end: number, f: string, g: string) => string | undefined {
  const bySkeleton = new Map<string, number>();
  const byFirst = new Map<string | undefined, number[]>();
  personKeys.forEach((p, k) => {
    const skeleton = nameSkeleton(p);
    if (skeleton !== '' && !bySkeleton.has(skeleton)) bySkeleton.set(skeleton, k);
    const list = byFirst.get(p[0]);
    if (list) list.push(k);
    else byFirst.set(p[0], [k]);
  });
  // The answer is the fold's alone (`g` is `f` less an `s`): a report's words come again.
  const answers = new Map<string, string | null>();
  return (text, start, end, f, g) => {
    const known = answers.get(f);
    if (known !== undefined) return known ?? undefined;
    let k = personKeys.length;
    for (const j of byFirst.get(f[0]) ?? []) {
      const p = personKeys[j]!;
      if ((f !== '' && isFoldedSpellingVariant(f, p)) || (g !== '' && isFoldedSpellingVariant(g, p))) {
        k = j;
        break;
      }
    }
    if (bySkeleton.size > 0) {
      const sk = skeletonsOf(text, start, end, f, g);
      k = Math.min(k, bySkeleton.get(sk[0]) ?? k, bySkeleton.get(sk[1]) ?? k);
    }
    answers.set(f, personKeys[k] ?? null);
    return personKeys[k];
  };
}
