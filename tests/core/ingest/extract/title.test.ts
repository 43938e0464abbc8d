import { describe, expect, it } from 'vitest';
import { TITLE_FEATURES, chooseTitle, deriveTitle, leadOverlap, splitKicker, titleCandidates } from '../../../../src/core/ingest/extract/title';
import { defaultModel } from '../../../../src/core/ingest/extract/model';
import { splitLines } from '../../../../src/core/ingest/extract/segment';

/** Candidates and choice as `analyze.ts` makes them, with the committed ranker. */
function pick(text: string, bodyStart: number): string | null {
  const lines = splitLines(text);
  const free = lines.map((_, i) => i).filter((i) => i < bodyStart);
  const i = chooseTitle(titleCandidates(lines, free, context(lines, bodyStart)), defaultModel().title, lines);
  return i < 0 ? null : lines[i]!.text;
}

/** The page context `analyze.ts` gives the ranker: prose from `bodyStart` on. */
function context(lines: ReturnType<typeof splitLines>, bodyStart: number) {
  const lead = lines.slice(bodyStart).map((l) => l.text).join(' ');
  return {
    lead, leadAfter: () => lead, bodyStart, regionStart: bodyStart, densestStart: bodyStart, windowEnd: lines.length, p: lines.map((_, i) => (i >= bodyStart ? 0.9 : 0.1)),
    textOf: (i: number) => lines[i]!.text.toLowerCase(), firstLine: 0, proseWords: lines.map((l, i) => (i >= bodyStart ? l.words : 0)), isRuled: () => false, isMeta: () => false,
  };
}

describe('chooseTitle', () => {
  it('prefers the line whose words the lead repeats over menu items', () => {
    const text = 'News\nSport\nWeather\nFlood waters rise in northern Italy\n\nFlood waters rose across northern Italy on Monday as rivers burst their banks after days of heavy rain.';
    expect(pick(text, 4)).toBe('Flood waters rise in northern Italy');
  });
  it('prefers the headline over the page title that repeats it with the site name', () => {
    const text = 'Flood waters rise in northern Italy | Daily Courier\nNews\nFlood waters rise in northern Italy\n\nFlood waters rose across northern Italy on Monday as rivers burst their banks after days of heavy rain.';
    expect(pick(text, 3)).toBe('Flood waters rise in northern Italy');
  });
  it('prefers the headline over a breadcrumb that ends with it', () => {
    const text = 'Home » News » Europe » Flood waters rise in northern Italy\nFlood waters rise in northern Italy\n\nFlood waters rose across northern Italy on Monday as rivers burst their banks after days of heavy rain.';
    expect(pick(text, 2)).toBe('Flood waters rise in northern Italy');
  });
  it('keeps the line a saved page opens with (its <title>) among the candidates, however many menu lines follow it', () => {
    const menu = Array.from({ length: 60 }, (_, i) => `Section${i} overview`).join('\n');
    const text = `Flood waters rise in northern Italy\n${menu}\n\nFlood waters rose across northern Italy on Monday as rivers burst their banks after days of heavy rain.`;
    const lines = splitLines(text);
    const cands = titleCandidates(lines, lines.map((_, i) => i).filter((i) => i < 62), context(lines, 62));
    expect(cands.map((c) => c.i)).toContain(0);
    // Only the first line: the menu lines more than the window above the text stay out.
    expect(cands.map((c) => c.i)).not.toContain(1);
  });
  it('takes the lines straight above the densest run of prose as candidates, however far the text opens from it', () => {
    // The article (headline over its paragraph) stands at the top; the region opened at a teaser block 80 lines down.
    const menu = Array.from({ length: 19 }, (_, i) => `Section ${i} news`).join('\n');
    const teasers = Array.from({ length: 79 }, (_, i) => `Teaser story number ${i}`).join('\n');
    const text = `${menu}\nFlood waters rise in northern Italy\nFlood waters rose across northern Italy on Monday as rivers burst their banks after days of heavy rain.\n${teasers}\nA later post about the harbour opens here and runs on for a while.`;
    const lines = splitLines(text);
    const leadAfter = (i: number) => lines.slice(i + 1, i + 30).filter((l) => l.words > 8).slice(0, 1).map((l) => l.text).join(' ');
    const cands = titleCandidates(lines, lines.map((_, i) => i).filter((i) => i !== 20 && i < 100), { ...context(lines, 100), leadAfter, densestStart: 20 });
    expect(cands.map((c) => c.i)).toContain(19);
    // The menu lines above it name nothing the paragraph names, so they stay out.
    expect(cands.map((c) => c.i)).not.toContain(18);
    expect(cands.map((c) => c.i)).not.toContain(8);
  });
  it('takes a line above the densest run only if it names what the prose under it names, and only the 12 lines above it', () => {
    const teasers = Array.from({ length: 79 }, (_, i) => `Teaser story number ${i}`).join('\n');
    const text = `Italy floods one\nItaly floods two\n${Array.from({ length: 17 }, (_, i) => `Italy floods ${i + 3}`).join('\n')}\nFlood waters rise in northern Italy\nFlood waters rose across northern Italy on Monday as rivers burst their banks after days of heavy rain.\n${teasers}\nA later post about the harbour opens here and runs on for a while.`;
    const lines = splitLines(text);
    const leadAfter = (i: number) => lines.slice(i + 1, i + 30).filter((l) => l.words > 8).slice(0, 1).map((l) => l.text).join(' ');
    const cands = titleCandidates(lines, lines.map((_, i) => i).filter((i) => i !== 20 && i < 100), { ...context(lines, 100), leadAfter, densestStart: 20 });
    expect(cands.map((c) => c.i)).toEqual(expect.arrayContaining([8, 18, 19]));
    // Line 7 shares the words too but stands more than 12 lines up (line 0 counts as the first line).
    expect(cands.map((c) => c.i)).not.toContain(7);
  });
  it('takes no line without a content word as a candidate, however near the text', () => {
    const text = 'More about us\nAbout us\nCouncil passes the school budget\n\nThe council approved the school budget on Tuesday after a long debate.';
    const lines = splitLines(text);
    const cands = titleCandidates(lines, [0, 1, 2], context(lines, 3));
    expect(cands.map((c) => lines[c.i]!.text)).toEqual(['Council passes the school budget']);
  });
  it('counts words of scripts with vowel signs as content words (a Bengali headline stays a candidate)', () => {
    const text = 'About us\nবাংলাদেশে বন্যা পরিস্থিতির অবনতি\n\nবাংলাদেশের উত্তরাঞ্চলে বন্যা পরিস্থিতির আরও অবনতি হয়েছে, নদীর পানি বিপৎসীমার ওপর দিয়ে প্রবাহিত হচ্ছে।';
    const lines = splitLines(text);
    const cands = titleCandidates(lines, [0, 1], context(lines, 2));
    expect(cands.map((c) => c.i)).toEqual([1]);
  });
  it('reads menu items that share their words as less headline-like than a line naming its own story', () => {
    const text = 'Home\nCourier Italy\nCourier Europe\nCourier Weather\nFlood waters rise in northern Italy\n\nFlood waters rise across northern Italy, the Courier reports, as rivers burst their banks after days of heavy rain and weather warnings.';
    const lines = splitLines(text);
    const cands = titleCandidates(lines, [0, 1, 2, 3, 4], context(lines, 5));
    const distinct = TITLE_FEATURES.indexOf('distinctWords');
    // `courier` stands in three menu items: `Courier Italy` keeps only `italy` (which the headline holds too).
    expect(cands.map((c) => [c.i, c.x[distinct]])).toEqual([[1, 0], [2, 1 / 2], [3, 1 / 2], [4, 4 / 5]]);
    expect(pick(text, 5)).toBe('Flood waters rise in northern Italy');
  });
  it('finds no headline when no candidate resembles the lead', () => {
    expect(pick('Home\nAbout us\n\nThe council approved the budget on Tuesday after a long debate about schools.', 2)).toBeNull();
  });
});

describe('splitKicker', () => {
  it('splits a kicker glued to its title', () => {
    expect(splitKicker('Streit um HaushaltRegierung einigt sich in letzter Minute')).toEqual({ kicker: 'Streit um Haushalt', title: 'Regierung einigt sich in letzter Minute' });
  });
  it('leaves brand names and long titles alone', () => {
    expect(splitKicker('Stack Overflow Jobs Data Shows ReactJS Skills in High Demand')).toBeNull();
    expect(splitKicker('Apple stellt das neue iPhone vor')).toBeNull();
  });
});

describe('deriveTitle / leadOverlap', () => {
  it('cuts long first sentences to twelve words and an ellipsis', () => {
    expect(deriveTitle('Eins zwei drei.')).toBe('Eins zwei drei.');
    expect(deriveTitle(Array.from({ length: 25 }, (_, i) => `w${i}`).join(' '))).toBe('w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 …');
  });
  it('measures how much of a headline the lead repeats', () => {
    expect(leadOverlap('Flood waters rise', 'The flood waters rose')).toBeGreaterThan(0.6);
    expect(leadOverlap('Contact us', 'The flood waters rose')).toBe(0);
  });
});
