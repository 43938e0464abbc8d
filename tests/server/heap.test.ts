import { describe, expect, it, vi } from 'vitest';

// V8's flags cannot be read back: the flags set are recorded instead of applied.
const flags = vi.hoisted(() => [] as string[]);
vi.mock('node:v8', async (original) => ({ ...(await original<typeof import('node:v8')>()), setFlagsFromString: (f: string) => void flags.push(f) }));

const { keepHeapsTight } = await import('../../src/server/heap');
const { favouringMemory } = await import('../../src/core/worker/limits');

/** The value of `--heap-growing-percent` the process has now (the last one set). */
const growingPercent = () => flags.filter((f) => f.startsWith('--heap-growing-percent=')).at(-1);

describe("the browser host's heap sizing", () => {
  it('holds its heaps to 20 % growth again once an import (or two at once) that favoured memory is done', async () => {
    keepHeapsTight();
    expect(growingPercent()).toBe('--heap-growing-percent=20');
    let during: string | undefined;
    await favouringMemory(async () => {
      await favouringMemory(async () => {
        during = growingPercent();
      }, 'slow-growth');
      // The other import still runs: its sizing stays.
      expect(growingPercent()).toBe('--heap-growing-percent=10');
    }, 'slow-growth');
    expect(during).toBe('--heap-growing-percent=10');
    expect(growingPercent()).toBe('--heap-growing-percent=20');
  });
});
