import type { BinaryKind } from '../../api/notices';
import type { FurnitureLabel } from '../../api/extraction';
import type { ErrorCode } from '../../errors';
import type { DerivedDatasetName } from '../../events';

/** What an error of each kind is, when its message carries no code. */
export const errors: Record<ErrorCode, string> = {
  BAD_INPUT: 'The request was not valid.',
  NOT_FOUND: 'That is not in the library (any more).',
  BAD_QUERY: 'The search could not be read.',
  CONFLICT: 'That conflicts with what is already there.',
  UNSUPPORTED: 'Parallax cannot read that.',
  TOO_LARGE: 'That is too large.',
  NOT_A_DATABASE: 'That file is not a Parallax library.',
  DB_FROM_FUTURE: 'This library was written by a newer Parallax.',
  DB_CORRUPT: 'The library is damaged.',
  DB_READONLY: 'The library cannot be written.',
  DB_BUSY: 'The library is busy: another Parallax is writing to it.',
  DISK_FULL: 'The disk is full.',
  UNAUTHORIZED: 'This page needs its access token.',
  UNKNOWN_METHOD: 'Parallax does not know that request.',
  INTERNAL: 'Something went wrong inside Parallax.',
};

/** The kinds of page furniture, as the reader labels the folded parts. */
export const furniture: Record<FurnitureLabel, string> = {
  'skip-link': 'skip link',
  consent: 'consent',
  donation: 'donation',
  follow: 'follow',
  share: 'share',
  'comment-rules': 'comment rules',
  'comments-header': 'comments header',
  navigation: 'navigation',
  related: 'related',
  footer: 'footer',
  paywall: 'paywall',
  script: 'script',
  'image-slug': 'image slug',
  other: 'other',
};

/** What a binary file was recognised as, as a noun phrase. */
export const binary: Record<BinaryKind, string> = {
  pdf: 'a PDF document',
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  zip: 'a ZIP archive (or Office document)',
  gzip: 'a gzip archive',
  sqlite: 'a SQLite database',
  riff: 'a WebP or RIFF media file',
  executable: 'an executable',
};

/** The derived datasets, as what is being rebuilt. */
export const datasets: Record<DerivedDatasetName, string> = {
  'search-index': 'the search index',
  suggestions: 'the suggestions',
  'near-duplicates': 'the near-duplicate links',
  'compare-rows': 'the compare index',
  'explore-groupings': 'the timeline and people groups',
  'twin-groups': 'the groups of copies',
  'site-templates': 'the site templates',
  'name-spellings': 'the spellings of names',
};

/** Kinds of entity. */
export const entityKinds: Record<'person' | 'place' | 'organisation', string> = {
  person: 'person',
  place: 'place',
  organisation: 'organisation',
};
