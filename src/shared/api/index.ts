/**
 * The one contract between the renderer and the library, composed from one file per feature
 * (`library`, `ingest`, `search`, `annotations`, `compare`, `explore`; `extraction` holds the
 * data model of a report). The core service implements it; Electron IPC, the HTTP host and
 * the worker bridge carry it with generic code built from `API_METHODS`, so adding a method to
 * a feature's interface and its method list is the only per-method work.
 *
 * Every method may reject with an `ApiError`; its `code` says what went wrong.
 */
import type { ParallaxEvent } from '../events';
import { ANNOTATIONS_METHODS, type AnnotationsApi } from './annotations';
import { COMPARE_METHODS, type CompareApi } from './compare';
import { EXPLORE_METHODS, type ExploreApi } from './explore';
import { INGEST_METHODS, type IngestApi } from './ingest';
import { LIBRARY_METHODS, type LibraryApi } from './library';
import { SEARCH_METHODS, type SearchApi } from './search';
import { VERSIONS_METHODS, type VersionsApi } from './versions';

export * from './extraction';
export * from './library';
export * from './ingest';
export * from './search';
export * from './annotations';
export * from './compare';
export * from './explore';
export * from './versions';
export * from './channels';
export * from './notices';

/** Every call the renderer can make, one interface per feature. */
export interface ParallaxApi extends LibraryApi, IngestApi, SearchApi, AnnotationsApi, CompareApi, ExploreApi, VersionsApi {}

/** Every method name of `ParallaxApi`: the allowlist each binding checks before dispatching. */
export const API_METHODS = [
  ...LIBRARY_METHODS,
  ...INGEST_METHODS,
  ...SEARCH_METHODS,
  ...ANNOTATIONS_METHODS,
  ...COMPARE_METHODS,
  ...EXPLORE_METHODS,
  ...VERSIONS_METHODS,
] as const satisfies readonly (keyof ParallaxApi)[];

export type ApiMethod = (typeof API_METHODS)[number];

// A method added to an interface but not to its list fails to compile here.
type MissingMethods = Exclude<keyof ParallaxApi, ApiMethod>;
const allListed: MissingMethods extends never ? true : MissingMethods = true;
void allListed;

/** True when `name` is one of `API_METHODS`. */
export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && (API_METHODS as readonly string[]).includes(name);
}

/** What a window talks to: the contract plus the event stream of its host. */
export interface ParallaxClient extends ParallaxApi {
  /** Calls `listener` for every event until the returned function is called. */
  onEvent(listener: (event: ParallaxEvent) => void): () => void;
}
