import { describe, expect, it } from 'vitest';
import type { DateMention } from '../../../../src/shared/api';
import { articleBody, storedBody } from '../../../../src/core/store/queries/article-body';
import { restoredMentions, storedMentions } from '../../../../src/core/store/queries/stored-mentions';

const TEXT = 'Menü\nAm Freitag 🕊 traf Witkoff Putin. Es ging um Frieden.\n\nAm Freitag 🕊 traf Witkoff Putin. Danach nichts.\nImpressum';

describe('an article body stored as offsets', () => {
  it('keeps only offsets when every paragraph is in the text, and reads back the same body', () => {
    const paras = ['Am Freitag 🕊 traf Witkoff Putin. Es ging um Frieden.', 'Am Freitag 🕊 traf Witkoff Putin. Danach nichts.'];
    const s = storedBody(TEXT, paras);
    expect(s.body).toBe('');
    expect(s.bodyAt?.byteLength).toBe(16);
    expect(articleBody(s.body, s.bodyAt, TEXT)).toBe(paras.join('\n\n'));
  });

  it('keeps the text of a body with a paragraph the text does not hold, or out of order', () => {
    for (const paras of [['Am Freitag', 'Ein Satz, den es nicht gibt.'], ['Impressum', 'Menü']]) {
      const s = storedBody(TEXT, paras);
      expect(s).toEqual({ body: paras.join('\n\n'), bodyAt: null });
      expect(articleBody(s.body, s.bodyAt, TEXT)).toBe(paras.join('\n\n'));
    }
    expect(storedBody(TEXT, [])).toEqual({ body: '', bodyAt: null });
  });
});

describe('date mentions stored with their sentences as offsets', () => {
  const second = TEXT.lastIndexOf('Am Freitag');
  const sentence = 'Am Freitag 🕊 traf Witkoff Putin.';
  const mentions: DateMention[] = [
    { text: 'Am Freitag', start: second, end: second + 10, kind: 'relative', date: '2025-04-11', sentence },
    { text: 'Am Freitag', start: 5, end: 15, kind: 'relative', date: null, sentence: 'Ein Satz aus einer anderen Quelle.' },
  ];

  it('stores the sentence that stands around its mention as offsets, and gives every mention back whole', () => {
    const stored = storedMentions(TEXT, mentions);
    expect(stored[0]).toMatchObject({ sentence: '', sentenceAt: [second, second + sentence.length] });
    expect(stored[1]).toEqual(mentions[1]);
    expect(JSON.stringify(stored).length).toBeLessThan(JSON.stringify(mentions).length);
    expect(restoredMentions(TEXT, JSON.parse(JSON.stringify(stored)))).toEqual(mentions);
    expect(restoredMentions(TEXT, undefined)).toEqual([]);
  });
});
