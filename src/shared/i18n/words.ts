/**
 * The shape of a language's catalogue: every code of `NoticeParams` worded, plus the labels
 * hosts show for codes that are not sentences (error kinds, page furniture, binary formats).
 * A language that lacks a code, or words one with other parameters, does not compile.
 */
import type { BinaryKind, Notice, NoticeParams } from '../api/notices';
import type { FurnitureLabel } from '../api/extraction';
import type { ErrorCode } from '../errors';
import type { DerivedDatasetName } from '../events';

/** Number and list formatting in the catalogue's language. */
export interface Fmt {
  /** A whole number with the language's grouping: `1,500` / `1.500`. */
  num(n: number): string;
  /** A number with `digits` decimals: `12.5` / `12,5`. */
  fixed(n: number, digits: number): string;
  /** A list as prose: `a, b and c` / `a, b und c`. */
  list(items: readonly string[]): string;
  /** A notice quoted inside another (the cause of a stopped import). */
  say(n: Notice): string;
}

/** Wording functions for a map of codes to parameters. */
export type Wording<P> = { [C in keyof P]: (p: P[C], f: Fmt) => string };

/** One language's catalogue. */
export interface Words {
  /** Every code core says. */
  notices: Wording<NoticeParams>;
  /** What an error of each kind is, when its message has no code (a sentence, no detail). */
  errors: Record<ErrorCode, string>;
  /** Names of the kinds of page furniture the reader folds away (`Block.label`). */
  furniture: Record<FurnitureLabel, string>;
  /** What a binary file was recognised as. */
  binary: Record<BinaryKind, string>;
  /** The derived datasets, as a phrase that follows "rebuilding" (`the search index`). */
  datasets: Record<DerivedDatasetName, string>;
  /** Where in a file a record was (`line 12`, `item 3`, as extraction names it). */
  locator: (locator: string) => string;
  /** Kinds of entity, with their article where the language needs one in a sentence. */
  entityKinds: Record<'person' | 'place' | 'organisation', string>;
}
