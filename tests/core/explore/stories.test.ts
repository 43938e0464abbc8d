import { describe, expect, it } from 'vitest';
import { buildStories, StoryIndex, type StoryDoc } from '../../../src/core/explore/stories';
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
  it('lets no undated report bridge two alike stories a year apart: it joins the one it is most alike to', () => {
    const june = ['@salami @bagheri revolutionsgard teheran angriff natanz', '@salami @bagheri revolutionsgard teheran angriff atomwissenschaftl'];
    const july = ['@hanija revolutionsgard teheran angriff residenz', '@hanija @chamenei revolutionsgard teheran vergeltung'];
    const undated = doc('u', '@salami @bagheri revolutionsgard teheran angriff @hanija');
    const docs = [doc('j0', june[0]!, '2025-06-13'), doc('j1', june[1]!, '2025-06-13'), doc('h0', july[0]!, '2024-07-31'), doc('h1', july[1]!, '2024-07-31'), undated, ...filler];
    const stories = buildStories(docs).map((s) => s.articleIds);
    expect(stories).toContainEqual(['j0', 'j1', 'u']);
    expect(stories).toContainEqual(['h0', 'h1']);
    const index = new StoryIndex(docs.filter((d) => d !== undated));
    index.add([undated]);
    expect(index.stories().map((s) => s.articleIds)).toEqual(stories);
  });
  it('lets no single link join two undated stories of several reports that are not alike on average', () => {
    // Two events with no date at all: one pair of their reports shares the capital's background.
    const plane = ['@prigosin @utkin @vagner flugzeug absturz kreml moskau', '@prigosin @vagner flugzeug passagierlist rosaviasia', '@prigosin @utkin absturz twer embraer'];
    const death = ['@gorbatschow sowjetunion krankenhaus kreml moskau', '@gorbatschow @raissa perestroika sowjetunion', '@gorbatschow perestroika krankenhaus beileid'];
    const docs = [...plane.map((k, i) => doc(`p${i}`, k)), ...death.map((k, i) => doc(`d${i}`, k)), ...filler];
    // Two stories as large and as late: listed in the order of their first reports' ids.
    expect(buildStories(docs).map((s) => s.articleIds)).toEqual([['d0', 'd1', 'd2'], ['p0', 'p1', 'p2']]);
  });
  it('labels a story with the title of its most central report and words its names', () => {
    const docs = [doc('c0', crash[0]!, null, 'Prigoschin auf Passagierliste'), doc('c1', crash[1]!, null, 'Flugzeug abgestürzt'), doc('c2', crash[2]!, null, 'Absturz in Twer'), ...filler];
    const [story] = buildStories(docs, (k) => (k === '@prigosin' ? 'Jewgeni Prigoschin' : null));
    expect(story!.label).toBe('Prigoschin auf Passagierliste');
    expect(story!.keywords[0]).toBe('Jewgeni Prigoschin');
  });
  it('names a story by a stated headline: not a title made from a lead, nor a dateline taken for one', () => {
    const docs = [
      { ...doc('c0', crash[0]!, null, 'Der Privatjet mit dem Wagner-Chef an Bord ist am Mittwochabend nördlich von Moskau …'), titleDerived: 1 },
      doc('c1', crash[1]!, null, 'Moskau.'),
      doc('c2', crash[2]!, null, 'Absturz in Twer: Wagner-Chef auf der Liste'),
      ...filler,
    ];
    expect(buildStories(docs)[0]!.label).toBe('Absturz in Twer: Wagner-Chef auf der Liste');
    // With no stated headline among them, the most central report's title still names it.
    const none = [{ ...doc('c0', crash[0]!, null, 'Ein Lead'), titleDerived: 1 }, { ...doc('c1', crash[1]!, null, 'Noch ein Lead'), titleDerived: 1 }, doc('c2', crash[2]!, null, 'Twer.'), ...filler];
    expect(['Ein Lead', 'Noch ein Lead', 'Twer.']).toContain(buildStories(none)[0]!.label);
  });
});

describe('StoryIndex.add', () => {
  const crash = ['@prigosin @utkin @vagner flugzeug absturz passagierlist twer', '@prigosin @vagner flugzeug passagierlist rosaviasia', '@prigosin @utkin absturz twer embraer'];
  const filler = Array.from({ length: 12 }, (_, i) => doc(`x${i}`, `thema${i} wort${i} @person${i}`));
  it('folds a new report into the story it belongs to, as a full build groups it', () => {
    const index = new StoryIndex([doc('c0', crash[0]!), doc('c1', crash[1]!), ...filler]);
    expect(index.stories().map((s) => s.articleIds)).toEqual([['c0', 'c1']]);
    index.add([doc('c2', crash[2]!)]);
    expect(index.stories().map((s) => s.articleIds)).toEqual([['c0', 'c1', 'c2']]);
    expect(buildStories([doc('c0', crash[0]!), doc('c1', crash[1]!), doc('c2', crash[2]!), ...filler]).map((s) => s.articleIds)).toEqual([['c0', 'c1', 'c2']]);
  });
  it('leaves a new report of another event out of every story', () => {
    const index = new StoryIndex([doc('c0', crash[0]!), doc('c1', crash[1]!), ...filler]);
    index.add([doc('y', 'wetter regen sonne @nobody')]);
    expect(index.stories().map((s) => s.articleIds)).toEqual([['c0', 'c1']]);
  });
});
