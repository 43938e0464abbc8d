import { serveBatches } from '../../../../src/core/worker/serve';

const idle = new Int32Array(new SharedArrayBuffer(4));

/**
 * A pool worker that holds its thread busy for the milliseconds it is sent ("hang": for good), as a
 * slow or runaway extraction would, and answers with what it was sent. "idle:N" ("idle-hang": for
 * good) holds it blocked, using no CPU, as a thread starved by a busy machine would. "items:N:MS"
 * works through N items of MS each, telling each one done.
 */
serveBatches('sleepy-worker', (input: string, itemDone) => {
  // "items:N:MS": N items of MS each, each told done as an extraction worker tells its reports.
  if (input.startsWith('items:')) {
    const [, n, each] = input.split(':').map(Number);
    for (let i = 0; i < n!; i++) {
      const started = Date.now();
      while (Date.now() - started < each!);
      itemDone(i + 1);
    }
    return input;
  }
  if (input.startsWith('idle')) {
    Atomics.wait(idle, 0, 0, input === 'idle-hang' ? Infinity : Number(input.split(':')[1]));
    return input;
  }
  const ms = input === 'hang' ? Infinity : Number(input.split(':')[1] ?? 0);
  const started = Date.now();
  while (Date.now() - started < ms);
  return input;
});
