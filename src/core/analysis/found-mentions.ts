/**
 * The mentions the name finder (`entities.ts`) has found in one article and the words they
 * took. A class, not a closure made per article: every article's finder then calls one and
 * the same `add`, and V8 keeps the finder's optimised code (a closure of its own per article
 * made each call of it a "wrong call target" the first articles, and the finder was compiled
 * again each time).
 */
import type { EntityKind } from '../../shared/api';
import type { TokenTable } from './token-table';

/** A name found in an article. */
export interface EntityMentionRow {
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  /** The name it stands for in this article (`Putins` → `Wladimir Putin`; `Whitkoffs` → `Whitkoff`). */
  name: string;
  kind: EntityKind;
}

export class FoundMentions {
  readonly out: EntityMentionRow[] = [];

  constructor(
    private readonly text: string,
    private readonly toks: TokenTable,
    /** 1 for each token a mention took. */
    readonly taken: Uint8Array,
  ) {}

  /** Tokens `from … to` (inclusive) as a mention of `name`. */
  add(from: number, to: number, name: string, kind: EntityKind): void {
    for (let k = from; k <= to; k++) this.taken[k] = 1;
    const start = this.toks.start[from]!, end = this.toks.end[to]!;
    this.out.push({ start, end, text: this.text.slice(start, end), name, kind });
  }
}
