import { describe, expect, it } from 'vitest';
import { buildStories, StoryIndex } from '../../../src/core/explore/stories';
import { doc, filler, rally } from './fixtures/rally-stories';

// Its reactions: the subject and the event's words, and the five people who reacted, named by
// no other report.
const reaction = doc('r', '@brand @obrin @pelter @michal @borel @sanch @kesh @ulmer @pratt @dunne @hollis @corb @fenn @gorse attentat ohr verurteilt gewalt', '2024-07');
// Another report naming many alone as well, sharing with the story only its famous subject.
const elsewhere = doc('z', '@brand @vargo @tilde @quorn @hasek @sorel golf turnier platz sieg', '2024-07');

describe('a report whose lead is a reaction', () => {
  it('joins its event’s story though it names people no other report names', () => {
    const stories = buildStories([...rally, reaction, ...filler]).map((s) => s.articleIds);
    expect(stories).toEqual([['a', 'b', 'c', 'd', 'e', 'r']]);
  });
  it('joins it when it comes later too', () => {
    const index = new StoryIndex([...rally, ...filler]);
    index.add([reaction]);
    expect(index.stories().map((s) => s.articleIds)).toEqual([['a', 'b', 'c', 'd', 'e', 'r']]);
  });
  it('a report of another event naming many alone stays out', () => {
    const stories = buildStories([...rally, elsewhere, ...filler]).map((s) => s.articleIds);
    expect(stories).toEqual([['a', 'b', 'c', 'd', 'e']]);
  });
});

describe('a report dated only by a month', () => {
  const death = [doc('a', '@nvln straflag tod arktis behord', '2024-02-16'), doc('b', '@nvln straflag tod arktis witw', '2024-02-16')];
  it('joins the story of a day in the month before when it is near (a page headed with the next month)', () => {
    const later = doc('c', '@nvln straflag tod arktis beerdig', '2024-03');
    expect(buildStories([...death, later, ...filler]).map((s) => s.articleIds)).toEqual([['a', 'b', 'c']]);
  });
  it('not one months away, and two months side by side do not chain', () => {
    const far = doc('d', '@nvln straflag tod arktis beerdig', '2024-04');
    expect(buildStories([...death, far, ...filler]).map((s) => s.articleIds)).toEqual([['a', 'b']]);
    const months = [doc('m', '@kral haus brand feuerwehr', '2024-05'), doc('n', '@kral haus brand feuerwehr', '2024-06'), doc('o', '@kral haus brand feuerwehr', '2024-07')];
    expect(buildStories([...months, ...filler]).map((s) => s.articleIds)).toEqual([]);
  });
});
