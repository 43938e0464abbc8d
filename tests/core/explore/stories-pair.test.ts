import { describe, expect, it } from 'vitest';
import { buildStories, StoryIndex } from '../../../src/core/explore/stories';
import type { ArticleId } from '../../../src/shared/api';
import { doc, filler, rally } from './fixtures/rally-stories';

// Two reports leading with the reactions: they name the same people who reacted, so they link
// to each other, and through them to no single report of the event.
const reactions = [
  doc('r', '@brand @obrin @pelter @michal @borel @sanch @kesh @ulmer @pratt @dunne @hollis @corb @fenn attentat ohr verurteilt gewalt', '2024-07-14'),
  doc('s', '@brand @obrin @pelter @michal @borel @sanch @kesh @gorse @tamm @wirth @lund @rask @voss schuss kundgeb verurteilt gewalt', '2024-07-14'),
];
// Two reports of another event, sharing with the story its famous subject and one word.
const golf = [
  doc('g', '@brand @vargo @tilde @quorn golf turnier platz sieg', '2024-07-14'),
  doc('h', '@brand @vargo @tilde @quorn golf turnier platz sieg schlag', '2024-07-14'),
];
// The same reactions a year later (an anniversary): another story.
const anniversary = reactions.map((d) => ({ ...d, articleId: `${d.articleId}2` as ArticleId, date: '2025-07-13' }));

describe('two reports whose lead is a reaction', () => {
  it('join their event’s story', () => {
    expect(buildStories([...rally, ...reactions, ...filler]).map((s) => s.articleIds)).toEqual([['a', 'b', 'c', 'd', 'e', 'r', 's']]);
  });
  it('join it when they come later too', () => {
    const index = new StoryIndex([...rally, ...filler]);
    index.add(reactions);
    expect(index.stories().map((s) => s.articleIds)).toEqual([['a', 'b', 'c', 'd', 'e', 'r', 's']]);
  });
  it('two reports of another event, or a year later, stay a story of their own', () => {
    expect(buildStories([...rally, ...golf, ...anniversary, ...filler]).map((s) => s.articleIds.join()).sort()).toEqual(['a,b,c,d,e', 'g,h', 'r2,s2']);
  });
});
