import type { Words } from '../words';
import { dates, extraction, ingest, stored, where } from './ingest';
import { binary, datasets, entityKinds, errors, furniture } from './labels';
import { annotations, compare, host, library } from './library';
import { search } from './search';

/** The German catalogue. */
export const de: Words = {
  notices: { ...search, ...ingest, ...extraction, ...dates, ...library, ...host, ...annotations, ...compare, ...stored },
  errors,
  furniture,
  binary,
  entityKinds,
  datasets,
  locator: where,
};
