import { describe, expect, it } from 'vitest';
import { mainRegion, pageChromeEnd } from '../../../../src/core/ingest/extract/region';
import { splitLines } from '../../../../src/core/ingest/extract/segment';
import { extract } from '../../../../src/core/ingest/extract/index';

const para = (topic: string) =>
  `The ${topic} was discussed at length by the council on Monday, and the members agreed that the plan should go ahead without further delay.`;

describe('mainRegion', () => {
  const lines = splitLines(['Home', 'News', para('budget'), 'Advertisement', para('school'), para('harbour'), 'Related', 'Footer'].join('\n'));
  const p = [0.05, 0.05, 0.9, 0.05, 0.9, 0.9, 0.05, 0.05];

  it('spans the likely lines and folds an unlikely line inside them where it stands', () => {
    const r = mainRegion(lines, p, () => false, 0.3, 0.3)!;
    expect(r.span).toEqual([2, 5]);
    expect([...r.holes]).toEqual([3]);
  });
  it('never reaches across a wall (comments)', () => {
    const r = mainRegion(lines, p, (i) => i === 3, 0.3, 0.3)!;
    expect(r.span).toEqual([4, 5]);
  });
  it('finds nothing when no line is likely enough', () => {
    expect(mainRegion(lines, p.map(() => 0.1), () => false, 0.3, 0.3)).toBeNull();
  });
});

describe('one marker line never reclassifies the rest', () => {
  const page = [
    'Skip to content', 'Home', 'World', 'Business', 'Sport', '',
    'Harbour city votes to ban cruise ships', '', 'By Jane Doe', '0 comments', '',
    `GENOA — ${para('ban on cruise ships')}`, '', para('new terminal'), '', 'Advertisement', '',
    para('vote count'), '', 'Lesen Sie auch', '', para('reaction of shop owners'), '', para('timetable'), '',
    'Share on Facebook', 'Share on Twitter', '© 2024 Harbour Daily',
  ].join('\n');
  const x = extract({ text: page, format: 'text' });

  it('keeps every paragraph after "0 comments", "Advertisement" and "Lesen Sie auch" in the body', () => {
    for (const topic of ['ban on cruise ships', 'new terminal', 'vote count', 'reaction of shop owners', 'timetable']) {
      expect(x.body.join('\n')).toContain(`The ${topic} was discussed`);
    }
    expect(x.comments).toEqual([]);
  });
  it('folds the marker lines where they stand', () => {
    expect(x.body.join('\n')).not.toMatch(/Advertisement|Lesen Sie auch|0 comments|Share on/);
    const folded = x.blocks.filter((b) => b.region === 'boilerplate').map((b) => b.text);
    expect(folded).toEqual(expect.arrayContaining(['Advertisement', 'Lesen Sie auch']));
  });
  it('takes the headline the body hangs under', () => {
    expect(x.title).toBe('Harbour city votes to ban cruise ships');
  });
});

describe('a person\'s correction', () => {
  const page = [
    'Home', 'World', 'Teaser of another story that nobody asked for', '',
    'Harbour city votes to ban cruise ships', '',
    `GENOA — ${para('ban on cruise ships')}`, '', para('new terminal'), '', 'Related', 'Another city considers a tourist tax',
  ].join('\n');
  const at = (s: string) => page.indexOf(s);

  it('starts the body at the marked line, ends it at the marked line, takes the marked headline', () => {
    const x = extract({ text: page, format: 'text', corrections: { start: at('Teaser of another'), end: at('Another city'), headline: at('World') } });
    expect(x.body[0]).toMatch(/^Teaser of another story/);
    expect(x.body[x.body.length - 1]).toBe('Another city considers a tourist tax');
    expect(x.title).toBe('World');
  });
  it('keeps the model\'s reading where nothing is marked', () => {
    const x = extract({ text: page, format: 'text', corrections: { start: null, end: null, headline: null } });
    expect(x.body[0]).toMatch(/^GENOA/);
    expect(x.title).toBe('Harbour city votes to ban cruise ships');
  });
});

describe('a headline found inside the region', () => {
  const page = [
    'Home', 'World', '',
    para('harbour budget'), '', para('new terminal'), '', para('vote count'), '',
    'Column: City Notes', '',
    'Anna Berg writes about the city for the paper, and she has lived in the old town with her family since 2010.', '',
    '© 2024 Harbour Daily',
  ].join('\n');

  it('never folds more prose above it than stands under it (a box heading under the article)', () => {
    const x = extract({ text: page, format: 'text', corrections: { start: null, end: null, headline: page.indexOf('Column: City Notes') } });
    expect(x.title).toBe('Column: City Notes');
    for (const topic of ['harbour budget', 'new terminal', 'vote count']) expect(x.body.join('\n')).toContain(`The ${topic} was discussed`);
  });
});

describe('a skip link above the article', () => {
  // Above the skip link stands prose that reads like the article's (a notice in its words).
  const notice = para('new website');
  const article = [para('harbour budget'), '', para('new terminal'), '', para('vote count'), '', para('ferry timetable')];
  const page = [notice, '', 'Skip to main content', '', 'Harbour city votes to ban cruise ships', '', ...article].join('\n');

  it('keeps prose above it out of the article, and the headline and paragraphs under it', () => {
    const x = extract({ text: page, format: 'text' });
    expect(x.body.join('\n')).not.toContain('The new website');
    expect(x.title).toBe('Harbour city votes to ban cruise ships');
    for (const topic of ['harbour budget', 'vote count', 'ferry timetable']) expect(x.body.join('\n')).toContain(`The ${topic} was discussed`);
  });
  it('says nothing of the article when it stands under the prose (a footer link)', () => {
    const footer = [article.join('\n'), '', 'Skip to main content', '', 'About us'].join('\n');
    const x = extract({ text: ['Harbour city votes to ban cruise ships', '', footer].join('\n'), format: 'text' });
    expect(x.body.join('\n')).toContain('The harbour budget was discussed');
  });
  it('gives way to a person who marked the article as starting above it', () => {
    const x = extract({ text: page, format: 'text', corrections: { start: 0, end: null, headline: null } });
    expect(x.body.join('\n')).toContain('The new website');
    expect(x.body.join('\n')).toContain('The ferry timetable was discussed');
  });
  it('is the first skip link before the end of the densest prose, else none', () => {
    const roles = [null, { label: 'consent' }, { label: 'skip-link' }, null, null, { label: 'skip-link' }, null];
    expect(pageChromeEnd(roles, [1, 4], false)).toBe(2);
    expect(pageChromeEnd(roles, [0, 2], false)).toBe(-1);
    expect(pageChromeEnd(roles, [1, 4], true)).toBe(-1);
    expect(pageChromeEnd(roles, null, false)).toBe(-1);
  });
});

describe('a text cut mid-paragraph (a stored copy ends where it was cut)', () => {
  const cut = 'The mayor said on Tuesday that the vote would be held again in the spring, and that the council would meet the harbour';
  const page = ['Home', 'World', '', 'Harbour city votes to ban cruise ships', '', para('harbour budget'), '', para('new terminal'), '', para('vote count'), '', cut].join('\n');

  it('keeps its last line in the article', () => {
    expect(extract({ text: page, format: 'text' }).body.at(-1)).toBe(cut);
  });
});
