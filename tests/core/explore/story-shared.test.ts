import { describe, expect, it } from 'vitest';
import { sharedWithMembers, storyKeys } from '../../../src/core/explore/story-shared';

describe('storyKeys', () => {
  it('gives a report’s keys lower-cased, each once, in the order first written', () => {
    expect(storyKeys('@Karimi  absturz @karimi Absturz #12|t  @=Iran')).toEqual(['@karimi', 'absturz', '#12|t', '@=iran']);
    expect(storyKeys('')).toEqual([]);
  });
});

describe('sharedWithMembers', () => {
  it('sums each member’s shared weight over the keys it holds, in the order the walk first reaches it', () => {
    // Report 4's keys: one held by 1, 3 and 4, one by 3 and 7, one past MAX_DF (no postings).
    const posts = [[1, 3, 4], [3, 7], undefined];
    const { order, acc } = sharedWithMembers(posts, [2, 0.5, 9], [1, 3, 4, 8], 4);
    expect(order).toEqual([0, 1]);
    expect([...acc]).toEqual([2, 2.5, 0, 0]);
  });
});
