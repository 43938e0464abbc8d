import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { compactHeapNow } from '../../../src/core/heap';

afterEach(() => setFlagsFromString('--no-expose-gc'));

describe('compactHeapNow where the host exposed gc for every thread', () => {
  it('leaves the flag on, so workers started later still get their gc', () => {
    // What serve does at start (server/heap.ts): the flag is process-wide, seen by every context
    // made after it, including a worker's.
    setFlagsFromString('--expose-gc');
    compactHeapNow();
    expect(runInNewContext('typeof gc')).toBe('function');
  });
});
