import { join } from 'node:path';
import { startLibrary } from '../../src/core/host';
import type { ParallaxEvent } from '../../src/shared/events';
import { SEEDS, tempDir } from '../support/temp';
import { runContractSuite } from './api.contract';

runContractSuite('in-process service', async () => {
  const tmp = tempDir();
  const lib = await startLibrary({ path: join(tmp.dir, 'lib.sqlite'), seedDir: SEEDS, host: 'test', version: '0.0.0' });
  const events: ParallaxEvent[] = [];
  lib.onEvent((e) => events.push(e));
  return { api: lib.api, events, close: async () => { await lib.close(); tmp.cleanup(); } };
});
