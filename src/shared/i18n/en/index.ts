import type { Words } from '../words';
import { dates, extraction, ingest, stored } from './ingest';
import { binary, datasets, entityKinds, errors, furniture } from './labels';
import { annotations, compare, host, library } from './library';
import { search } from './search';

/** The English catalogue: the reference, and the words of every `message` in JSON output. */
export const en: Words = {
  notices: { ...search, ...ingest, ...extraction, ...dates, ...library, ...host, ...annotations, ...compare, ...stored },
  errors,
  furniture,
  binary,
  entityKinds,
  datasets,
  locator: (l) => l,
};
