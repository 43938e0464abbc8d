import { createServer } from 'node:net';
import { startLibrary } from '../../core/host';
import { APP_VERSION } from '../../core/version';
import { startHttpHost } from '../../server/http-host';
import { keepHeapsTight } from '../../server/heap';
import { CliError, libraryPath, PATHS, seedDir } from '../context';
import { notice } from '../../shared/api/notices';
import { codedError } from '../../shared/i18n';
import { cliWords } from '../words';
import { createProgress } from '../progress';
import { relaunchWithMallocEnv } from '../malloc-env';

/** `parallax serve`: the library in a browser, on 127.0.0.1, until Ctrl+C. */
export async function serveCommand(flags: { library?: string; port?: string }): Promise<number> {
  const port = flags.port === undefined ? 0 : Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(cliWords().portRange(String(flags.port)), 2);
  // Before anything is opened: the process may be replaced by the same command (`malloc-env.ts`).
  relaunchWithMallocEnv();
  const path = libraryPath(flags.library);
  // Check the port before the library is opened, so a busy port leaves a new library uncreated.
  if (port !== 0) await assertPortFree(port);
  keepHeapsTight();
  const library = await startLibrary({ path, seedDir: seedDir(), host: 'http', version: APP_VERSION, workerFile: PATHS.worker, extractWorkerFile: PATHS.extractWorker });
  // The browser shows a rebuild of derived data too; a log line here says why search waits.
  library.onEvent(createProgress({ json: false, isTTY: false, write: (s) => void process.stderr.write(s) }).onEvent);
  let host;
  try {
    host = await startHttpHost({ library, rendererDir: PATHS.renderer, port });
  } catch (e) {
    await library.close();
    throw e;
  }
  const w = cliWords();
  console.log(w.serveRunning(host.url));
  console.log(w.serveLibrary(path));
  console.log(w.serveHint);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  await library.close();
  return 0;
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (e: NodeJS.ErrnoException) =>
      reject(codedError('CONFLICT', e.code === 'EADDRINUSE' ? notice('serve.port-in-use', { port }) : notice('serve.cannot-listen', { port, detail: e.code ?? e.message }))),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}
