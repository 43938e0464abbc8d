import { serveBatches } from '../../../../src/core/worker/serve';

/**
 * A pool worker that holds its thread for the milliseconds it is sent ("hang": for good), as a
 * slow or runaway extraction would, and answers with what it was sent.
 */
serveBatches('sleepy-worker', (input: string) => {
  const ms = input === 'hang' ? Infinity : Number(input.split(':')[1] ?? 0);
  const started = Date.now();
  while (Date.now() - started < ms);
  return input;
});
