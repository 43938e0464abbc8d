import { analyzeSpan, forEachWord, MAX_TOKEN_CHARS } from '../text/words';
import type { QueryNode } from './query-parser';
import { sFormTerm } from './terms';

/**
 * The index holds stems, so a typed spelling and another spelling of the same person that
 * stemming cuts to one stem (`Yene`, `Yener` → `yen`) find the same reports: as typed, both
 * would rank the other's reports as literal. For such a word the literal tier also asks that
 * the report writes the word as typed (folded, any ending), not the longer spelling.
 */
export interface WrittenForm {
  /** The typed word, folded (`yene`). */
  folded: string;
  stem: string;
  /** The folded spellings of one stem that begin with the typed word (`yener`): not it. */
  longer: string[];
}

/** Whether `text` holds a word of `form`'s stem written as typed (`Yene`, `Yenes`; not `Yener`). */
export function writesForm(text: string, form: WrittenForm): boolean {
  // The terms the query word matches (`fts-query.ts`): its stem and its kept `-s` form.
  const sForm = sFormTerm(form.folded, form.stem);
  let found = false;
  forEachWord(text, (s, e) => {
    if (found || e - s > MAX_TOKEN_CHARS) return;
    const [folded, stem] = analyzeSpan(text, s, e);
    if ((stem === form.stem || stem === sForm) && folded.startsWith(form.folded) && !form.longer.some((l) => folded.startsWith(l))) found = true;
  });
  return found;
}

/**
 * The forms of the words every hit of `root` holds (no `OR` above them) that another library
 * word shares the stem of (`sameStem`: their folded forms, `name-words.ts`).
 */
export function writtenForms(root: QueryNode | null, sameStem: (word: string) => string[]): WrittenForm[] {
  const out: WrittenForm[] = [];
  const walk = (n: QueryNode): void => {
    if (n.type === 'and') n.children.forEach(walk);
    if (n.type !== 'term') return;
    const others = sameStem(n.word.text);
    if (others.length) out.push({ folded: n.word.folded, stem: n.word.stem, longer: others.filter((f) => f.startsWith(n.word.folded)) });
  };
  if (root) walk(root);
  return out;
}
