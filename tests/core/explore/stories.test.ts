import { describe, expect, it } from 'vitest';
import { buildStories, type StoryDoc } from '../../../src/core/explore/stories';
import type { ArticleId } from '../../../src/shared/api';

const doc = (id: string, keys: string, date: string | null = null, title = id): StoryDoc => ({ articleId: id as ArticleId, keys, date, title });

describe('buildStories', () => {
  const crash = ['@prigosin @utkin @vagner flugzeug absturz passagierlist twer', '@prigosin @vagner flugzeug passagierlist rosaviasia', '@prigosin @utkin absturz twer embraer'];
  const swap = ['@krasikov @gershkovich austausch ankara gefang', '@krasikov austausch gefang tiergart', '@gershkovich @whelan austausch ankara'];
  const filler = Array.from({ length: 12 }, (_, i) => doc(`x${i}`, `thema${i} wort${i} @person${i}`));
  it('groups undated reports of one event by the names and words they share, and keeps events apart', () => {
    const docs = [...crash.map((k, i) => doc(`c${i}`, k)), ...swap.map((k, i) => doc(`s${i}`, k)), ...filler];
    const stories = buildStories(docs).map((s) => s.articleIds);
    expect(stories).toContainEqual(['c0', 'c1', 'c2']);
    expect(stories).toContainEqual(['s0', 's1', 's2']);
    expect(stories).toHaveLength(2);
  });
  it('keeps alike reports more than three weeks apart in different stories', () => {
    const docs = [doc('a', crash[0]!, '2023-08-23'), doc('b', crash[1]!, '2023-08-24'), doc('c', crash[2]!, '2024-02-01'), ...filler];
    expect(buildStories(docs).map((s) => s.articleIds)).toEqual([['a', 'b']]);
  });
  it('labels a story with the title of its most central report and words its names', () => {
    const docs = [doc('c0', crash[0]!, null, 'Prigoschin auf Passagierliste'), doc('c1', crash[1]!, null, 'Flugzeug abgestürzt'), doc('c2', crash[2]!, null, 'Absturz in Twer'), ...filler];
    const [story] = buildStories(docs, (k) => (k === '@prigosin' ? 'Jewgeni Prigoschin' : null));
    expect(story!.label).toBe('Prigoschin auf Passagierliste');
    expect(story!.keywords[0]).toBe('Jewgeni Prigoschin');
  });
});
