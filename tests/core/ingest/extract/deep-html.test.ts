import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nestedDeeper, renderHtml } from '../../../../src/core/ingest/extract/html';

const require = createRequire(import.meta.url);
const { Readability } = require('@mozilla/readability') as typeof import('@mozilla/readability');

const nested = (depth: number) =>
  `<!doctype html><html lang="de"><head><title>Tief</title><meta property="og:title" content="Tief verschachtelt"></head><body>${'<div>'.repeat(depth)}<p>Tief unten steht der Bericht über den Gipfel.</p>${'</div>'.repeat(depth)}</body></html>`;

afterEach(() => vi.restoreAllMocks());

describe('deeply nested HTML', () => {
  it('measures nesting without recursion', () => {
    const chain = (n: number) => {
      let node = { nodeType: 1, nodeName: 'DIV', textContent: null, childNodes: [] as unknown[] };
      for (let i = 0; i < n; i++) node = { nodeType: 1, nodeName: 'DIV', textContent: null, childNodes: [node] };
      return node as Parameters<typeof nestedDeeper>[0];
    };
    expect(nestedDeeper(chain(1000), 1000)).toBe(false);
    expect(nestedDeeper(chain(1001), 1000)).toBe(true);
    expect(nestedDeeper(chain(200_000), 1000)).toBe(true);
  });

  // On main the text walk was recursive and overflowed the stack here, and Readability's cost
  // grew with size × depth.
  it('does not hand a page nested 30,000 deep to Readability and still reads it', () => {
    const parse = vi.spyOn(Readability.prototype, 'parse');
    const deep = renderHtml(nested(30_000));
    expect(parse).not.toHaveBeenCalled();
    expect(deep.text).toBe('Tief unten steht der Bericht über den Gipfel.');
    expect(deep.meta).toMatchObject({ title: 'Tief verschachtelt', lang: 'de' });
    // A page of ordinary depth is read by Readability as before.
    expect(renderHtml(nested(40)).text).toBe(deep.text);
    expect(parse).toHaveBeenCalledTimes(1);
  });
});
