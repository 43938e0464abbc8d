import { shell } from './shell';
import { keys } from './keys';
import { ingest } from './ingest';
import { library } from './library';
import { reader } from './reader';
import { search } from './search';
import { annotations } from './annotations';
import { compare } from './compare';
import { explore } from './explore';
import { lists } from './lists';
import type { Widen } from '../widen';

/**
 * English UI strings: the reference catalogue, one file per feature. Every other language must
 * have exactly these keys with the same parameter types (`Messages` is derived from this
 * object). What core says (notices, warnings, errors, furniture labels) is worded by the one
 * shared catalogue in `src/shared/i18n`, not here.
 */
export const en = { ...shell, ...keys, ...ingest, ...library, ...reader, ...search, ...annotations, ...compare, ...explore, ...lists } as const;

/** The shape every language catalogue must have. */
export type Messages = Widen<typeof en>;
