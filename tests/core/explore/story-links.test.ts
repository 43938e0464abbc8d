import { describe, expect, it } from 'vitest';
import { LinkList } from '../../../src/core/explore/story-links';

const visited = (links: LinkList): [number, number][] => {
  const out: [number, number][] = [];
  links.forEachStrongestFirst((a, b) => out.push([a, b]));
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
});
