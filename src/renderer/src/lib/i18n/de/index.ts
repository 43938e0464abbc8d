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
import type { Messages } from '../en';

/** German UI strings, one file per feature; same keys and parameters as `en`. */
export const de: Messages = { ...shell, ...keys, ...ingest, ...library, ...reader, ...search, ...annotations, ...compare, ...explore, ...lists };
