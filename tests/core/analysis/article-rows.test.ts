import { describe, expect, it } from 'vitest';
import { analyzeForCompare } from '../../../src/core/analysis/article-rows';
import type { Block } from '../../../src/shared/api';

const para = (text: string): Block[] => [{ kind: 'paragraph', region: 'body', text, start: 0, end: text.length } as Block];

describe('analyzeForCompare timeline rows', () => {
  const text = 'Israel hat in der Nacht Ziele im Iran angegriffen. Der Kommandeur der Revolutionsgarden wurde getötet. Teheran kündigte Vergeltung an.';
  it('keeps the lead of a report whose day is only in its header, so its story can cite it', () => {
    const a = analyzeForCompare({ text, blocks: para(text), dateMentions: [], dateline: null }, { published: '2025-06-13T09:58', publishedSource: 'stated', dateConflict: null })!;
    expect(a.timeline.map((r) => r.kind)).toEqual(['undated', 'undated', 'undated']);
    expect(a.timeline[0]!.sentence).toBe('Israel hat in der Nacht Ziele im Iran angegriffen.');
  });
  it('keeps no lead of a report that dates its news in its text', () => {
    const dated = 'Israel griff am 13. Juni 2025 Ziele im Iran an. Der Kommandeur wurde getötet.';
    const mention = { kind: 'absolute', text: '13. Juni 2025', start: dated.indexOf('13.'), end: dated.indexOf('13.') + 13, date: '2025-06-13' };
    const a = analyzeForCompare({ text: dated, blocks: para(dated), dateMentions: [mention] as never, dateline: null }, { published: '2025-06-13', publishedSource: 'stated', dateConflict: null })!;
    expect(a.timeline.map((r) => r.kind)).toEqual(['date']);
  });
});

describe('analyzeForCompare story keys', () => {
  const lines = (ls: string[]) => {
    let text = '';
    const blocks: Block[] = [];
    for (const l of ls) {
      const start = text.length;
      text += `${l}\n\n`;
      blocks.push({ kind: 'paragraph', region: 'body', text: l, start, end: start + l.length } as Block);
    }
    return analyzeForCompare({ text, blocks, dateMentions: [], dateline: null }, { published: '2024-02-16', publishedSource: 'stated', dateConflict: null })!.keys;
  };
  const story = ['Der Kremlkritiker Alexej Nawalny ist in einem Straflager in der Arktis gestorben.', 'Das teilte die Gefängnisbehörde am Freitag mit.', 'Nawalny sei nach einem Spaziergang zusammengebrochen.'];
  it('come from what the report tells, not from the menus and buttons its page opens with', () => {
    const menu = ['Startseite', 'Politik', 'Ausland', 'Newsletter abonnieren', 'Jetzt anmelden', 'Artikel teilen', 'Merken', 'Kommentare lesen', 'Mehr zum Thema'];
    expect(lines([...menu, ...story])).toBe(lines(story));
    expect(lines(story)).toContain('straflag');
  });
});

