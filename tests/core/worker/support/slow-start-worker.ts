import { serveBatches } from '../../../../src/core/worker/serve';

// Loading takes a while before the worker serves anything, as a fresh worker's code does on a
// loaded machine.
const started = Date.now();
while (Date.now() - started < 700);

const idle = new Int32Array(new SharedArrayBuffer(4));

/** Answers with what it was sent, after "idle:N" ms blocked (no CPU). */
serveBatches('slow-start-worker', (input: string) => {
  Atomics.wait(idle, 0, 0, Number(input.split(':')[1] ?? 0));
  return input;
});
