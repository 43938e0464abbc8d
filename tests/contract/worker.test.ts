import { join } from 'node:path';
import { startLibrary } from '../../src/core/host';
import type { ParallaxEvent } from '../../src/shared/events';
import { ROOT, SEEDS, tempDir } from '../support/temp';
import { runContractSuite } from './api.contract';

// The worker runs the built bundle (out/node/service-worker.js), as the hosts do;
// `npm test` builds first.
runContractSuite('worker thread', async () => {
  const tmp = tempDir();
  const lib = await startLibrary({
    path: join(tmp.dir, 'lib.sqlite'),
    seedDir: SEEDS,
    host: 'test',
    version: '0.0.0',
    workerFile: join(ROOT, 'out/node/service-worker.js'),
  });
  const events: ParallaxEvent[] = [];
  lib.onEvent((e) => events.push(e));
  return { api: lib.api, events, close: async () => { await lib.close(); tmp.cleanup(); } };
});
