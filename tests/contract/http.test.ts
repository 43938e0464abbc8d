import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startLibrary } from '../../src/core/host';
import { startHttpHost } from '../../src/server/http-host';
import { createHttpClient } from '../../src/renderer/src/lib/http-client';
import { SEEDS, tempDir } from '../support/temp';
import { runContractSuite } from './api.contract';

runContractSuite('HTTP host + HttpClient', async () => {
  const tmp = tempDir();
  const rendererDir = join(tmp.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Parallax</title>');
  const lib = await startLibrary({ path: join(tmp.dir, 'lib.sqlite'), seedDir: SEEDS, host: 'http', version: '0.0.0' });
  const host = await startHttpHost({ library: lib, rendererDir, port: 0 });
  const api = createHttpClient(`http://127.0.0.1:${host.port}`, host.token);
  return {
    api,
    close: async () => {
      await host.close();
      await lib.close();
      tmp.cleanup();
    },
  };
});
