import { describe, expect, it } from 'vitest';
import { buildStories, StoryIndex, type StoryDoc } from '../../../src/core/explore/stories';
import type { ArticleId } from '../../../src/shared/api';

const doc = (id: string, keys: string, date: string | null = null): StoryDoc => ({ articleId: id as ArticleId, keys, date, title: id });
const filler = Array.from({ length: 12 }, (_, i) => doc(`x${i}`, `thema${i} wort${i} @person${i}`, '2024-05-01'));

// Four reports of a crash, and two copies of one wire report on the same event whose lead is the
// successor: alike to each other, less to each of the four, but to all of them.
const crash = [
  doc('a', '@karimi @rahimi hubschrau absturz nebel provinz bergung', '2024-05-19'),
  doc('b', '@karimi @rahimi hubschrau absturz nebel retter', '2024-05-20'),
  doc('c', '@karimi hubschrau absturz provinz bergung wrack', '2024-05-20'),
  doc('d', '@karimi @rahimi hubschrau absturz wrack retter', '2024-05-20'),
];
const wire = [doc('w1', '@karimi @mansuri nachfolg wahl uebergang verfassung hubschrau'), doc('w2', '@karimi @mansuri nachfolg wahl uebergang verfassung absturz')];
const other = [doc('o1', '@mansuri nachfolg wahl uebergang verfassung parlament', '2024-01-10'), doc('o2', '@mansuri wahl verfassung parlament reform', '2024-01-11')];

describe('a small story beside a larger one of the same event', () => {
  it('joins the story it is most alike to on average, as a lone report does', () => {
    const stories = buildStories([...crash, ...wire, ...filler]).map((s) => s.articleIds);
    expect(stories).toEqual([['a', 'b', 'c', 'd', 'w1', 'w2']]);
  });
  it('stays apart from a story months away, and a dated small story keeps its own', () => {
    const stories = buildStories([...crash, ...other, ...filler]).map((s) => s.articleIds);
    expect(stories).toEqual([['a', 'b', 'c', 'd'], ['o1', 'o2']]);
  });
  it('joins as well when the copies come later', () => {
    const index = new StoryIndex([...crash, ...filler]);
    index.add(wire);
    expect(index.stories().map((s) => s.articleIds)).toEqual([['a', 'b', 'c', 'd', 'w1', 'w2']]);
  });
});
