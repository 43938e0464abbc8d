/** Widens literal string types so other languages can say something else. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] };
