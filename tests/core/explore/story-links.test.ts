import { describe, expect, it } from 'vitest';
import { LinkList } from '../../../src/core/explore/story-links';
import { runAtOnce } from '../../../src/core/derived/slices';

const visited = (links: LinkList): [number, number][] => {
  const out: [number, number][] = [];
  runAtOnce(links.strongestFirst((a, b) => out.push([a, b])));
  return out;
};

describe('the story index’s undated links', () => {
  it('are visited strongest first, equal likeness in the order linked (which story an undated report joins)', () => {
    const links = new LinkList();
    links.push(1, 2, 0.25);
    links.push(3, 4, 0.5);
    links.push(5, 6, 0.25);
    links.push(7, 8, 0.5);
    expect(visited(links)).toEqual([[3, 4], [7, 8], [1, 2], [5, 6]]);
  });

  it('keeps every link as it grows past its first capacity', () => {
    const links = new LinkList();
    for (let k = 0; k < 10_000; k++) links.push(k, k + 1, (k % 7) / 10 + 0.2);
    const got = visited(links);
    expect(links.length).toBe(10_000);
    expect(got).toHaveLength(10_000);
    expect(got[0]).toEqual([6, 7]);
    expect(got.at(-1)).toEqual([9996, 9997]);
    expect(new Set(got.map(([a]) => a)).size).toBe(10_000);
  });

  it('sorts many links in blocks and merges them to the order one stable sort gives', () => {
    const links = new LinkList();
    const all: [number, number, number][] = [];
    // 70,000 links (blocks of 16,384 merged over three passes, the last run shorter), few scores: many ties.
    for (let k = 0; k < 70_000; k++) {
      const score = ((k * 7919) % 13) / 20;
      links.push(k, (k * 31) % 70_000, score);
      all.push([k, (k * 31) % 70_000, score]);
    }
    const expected = all.map((l, k) => [l, k] as const).sort((x, y) => y[0][2] - x[0][2] || x[1] - y[1]).map(([l]) => [l[0], l[1]]);
    expect(visited(links)).toEqual(expected);
  });
});
