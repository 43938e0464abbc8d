import { describe, expect, it } from 'vitest';
import type { ArticleId, Comparison } from '../../src/shared/api';
import { blocksOf, defaultPair, partnersOf, sentenceKey, wireKeys } from '../../src/renderer/src/lib/compare-view';
import { CompareState } from '../../src/renderer/src/lib/state/compare.svelte';
import { FakeClient } from './fake-client';

const A = 'aaaaaaaaaaaa' as ArticleId;
const B = 'bbbbbbbbbbbb' as ArticleId;
const noDiff = { figures: [], dates: [], names: [], quotes: [], sources: [] };

function comparison(): Comparison {
  return {
    articles: [
      { id: A, title: 'A', site: 'TKP', published: '2025-04-12', sentences: [{ start: 0, end: 10, text: 'One two.', block: 1 }, { start: 11, end: 20, text: 'Three.', block: 1 }, { start: 22, end: 30, text: 'Four.', block: 2 }], unique: [2], sources: [], quotes: [] },
      { id: B, title: 'B', site: 'dpa', published: '2025-04', sentences: [{ start: 0, end: 10, text: 'One two!', block: 0 }, { start: 11, end: 20, text: 'Three?', block: 0 }], unique: [], sources: [], quotes: [] },
    ],
    pairs: [
      { a: { articleId: A, sentence: 0 }, b: { articleId: B, sentence: 0 }, class: 'same', score: 0.9, reasons: [], differences: noDiff },
      {
        a: { articleId: A, sentence: 1 },
        b: { articleId: B, sentence: 1 },
        class: 'related',
        score: 0.3,
        reasons: [],
        differences: { ...noDiff, figures: [{ kind: 'same', a: null, b: null, qualifiersDiffer: true }] },
      },
    ],
    passages: [{ words: 12, text: 'One two', isWireCopy: true, occurrences: [{ articleId: A, start: 0, end: 10 }, { articleId: B, start: 0, end: 10 }] }],
    sources: [],
    spellings: [],
    tookMs: 1,
  };
}

describe('compare view helpers', () => {
  it('maps each aligned sentence to its partners, strongest class first', () => {
    const p = partnersOf(comparison());
    expect(p.get(sentenceKey(A, 0))?.[0]).toMatchObject({ key: sentenceKey(B, 0), class: 'same', pair: 0 });
    expect(p.get(sentenceKey(B, 1))?.[0]).toMatchObject({ key: sentenceKey(A, 1), class: 'related', pair: 1 });
    expect(p.has(sentenceKey(A, 2))).toBe(false);
  });

  it('groups sentences into paragraphs by block and marks wire copy', () => {
    const c = comparison();
    expect(blocksOf(c.articles[0]!).map((b) => b.sentences.map((s) => s.index))).toEqual([[0, 1], [2]]);
    expect([...wireKeys(c)].sort()).toEqual([sentenceKey(A, 0), sentenceKey(B, 0)].sort());
  });

  it('explains first the pair with the most to say', () => {
    expect(defaultPair(comparison().pairs)).toBe(1);
    expect(defaultPair([])).toBe(-1);
  });
});

describe('CompareState', () => {
  it('loads a comparison and turns a refusal into one line', async () => {
    const client = new FakeClient();
    client.comparison = comparison();
    const state = new CompareState(client);
    await state.load([A, B]);
    expect(state.comparison?.articles).toHaveLength(2);
    expect(state.error).toBeNull();
    await state.load([A]);
    expect(state.comparison).toBeNull();
    expect(state.error?.message).toMatch(/two to four/);
  });
  it('keeps the story the reports came from only when the story holds more than it compares', async () => {
    const client = new FakeClient();
    client.comparison = comparison();
    const state = new CompareState(client);
    await state.load([A, B], { id: 'story:x', label: 'Fire', total: 7 });
    expect(state.story).toEqual({ id: 'story:x', label: 'Fire', total: 7 });
    await state.load([A, B], { id: 'story:y', label: 'Talks', total: 2 });
    expect(state.story).toBeNull();
    await state.load([A, B], { id: 'story:x', label: 'Fire', total: 7 });
    await state.load([A, B]);
    expect(state.story).toBeNull();
    await state.load([A, B], { id: 'story:x', label: 'Fire', total: 7 });
    state.clear();
    expect(state.story).toBeNull();
  });
});

describe('picking and stories in the list', () => {
  it('picks reports in order and narrows the list to a story', async () => {
    const { LibraryState } = await import('../../src/renderer/src/lib/state/library.svelte');
    const { summary } = await import('./fake-client');
    const client = new FakeClient();
    client.items = [summary('a'), summary('b'), summary('c')];
    const lib = new LibraryState(client);
    await lib.refresh();
    lib.togglePick('c' as ArticleId);
    lib.togglePick('a' as ArticleId);
    expect(lib.picked).toEqual(['c', 'a']);
    lib.togglePick('c' as ArticleId);
    expect(lib.picked).toEqual(['a']);
    await lib.setStory({ id: 's1', label: 'Story', articleIds: ['b', 'c'] as ArticleId[] });
    expect([lib.rowAt(0)?.id, lib.rowAt(1)?.id, lib.length]).toEqual(['b', 'c', 2]);
    expect(lib.selectedId).toBe('b');
    await lib.refresh();
    expect([lib.rowAt(0)?.id, lib.rowAt(1)?.id, lib.length]).toEqual(['b', 'c', 2]);
    await lib.setStory(null);
    expect(lib.length).toBe(3);
  });
});

describe('EntitiesState', () => {
  it('merges checked entities and splits spellings off', async () => {
    const { EntitiesState } = await import('../../src/renderer/src/lib/state/explore.svelte');
    const client = new FakeClient();
    const entity = (id: string, name: string) => ({
      id: id as never,
      kind: 'person' as const,
      name,
      variants: [{ text: name, count: 1 }],
      mentionCount: 1,
      articleCount: 1,
      manual: false,
      mentions: [],
    });
    client.entities = [entity('person:witkoff', 'Witkoff'), entity('person:whitkoff', 'Whitkoff')];
    const ents = new EntitiesState(client);
    await ents.load();
    ents.toggle(ents.pages.rowAt(0)!.id);
    ents.toggle(ents.pages.rowAt(1)!.id);
    await ents.merge();
    expect(ents.total).toBe(1);
    expect(ents.pages.rowAt(0)!.variants.map((v) => v.text)).toEqual(['Witkoff', 'Whitkoff']);
    await ents.open(ents.pages.rowAt(0)!);
    await ents.split(['Whitkoff']);
    expect(ents.total).toBe(2);
    expect(ents.detail?.variants.map((v) => v.text)).toEqual(['Witkoff']);
  });

  it('opens an entity a page of reports at a time, and keeps the entity opened last when two answers cross', async () => {
    const { EntitiesState } = await import('../../src/renderer/src/lib/state/explore.svelte');
    const client = new FakeClient();
    // 45 reports, the first of them naming the person three times.
    const mentions = Array.from({ length: 47 }, (_, i) => {
      const r = Math.max(0, i - 2);
      return { articleId: `a${r}` as never, articleTitle: `Report ${r}`, text: 'Witkoff', start: i, end: i + 7, sentence: `Sentence ${i}.`, sentenceStart: 0, sentenceEnd: 10 };
    });
    const big = { id: 'person:witkoff' as never, kind: 'person' as const, name: 'Witkoff', variants: [], mentionCount: 47, articleCount: 45, manual: false, mentions };
    const small = { ...big, id: 'person:other' as never, name: 'Other', mentionCount: 1, articleCount: 1, mentions: mentions.slice(-1) };
    client.entities = [big, small];
    const ents = new EntitiesState(client);
    await ents.open(big);
    expect(ents.detail?.name).toBe('Witkoff');
    expect(ents.mentions.reports.map((r) => r.articleTitle).slice(0, 2)).toEqual(['Report 0', 'Report 1']);
    expect([ents.mentions.reports.length, ents.mentions.loadedMentions, ents.mentions.hasMore]).toEqual([20, 22, true]);
    await ents.mentions.more();
    await ents.mentions.more();
    expect([ents.mentions.reports.length, ents.mentions.loadedMentions, ents.mentions.hasMore]).toEqual([45, 47, false]);
    expect(new Set(ents.mentions.reports.map((r) => r.articleId)).size).toBe(45);

    // The big entity's answer comes last (held until the small one's open is done): the page
    // stays on the entity opened last.
    const read = client.getEntityMentions.bind(client);
    let answerBig!: () => void;
    const bigHeld = new Promise<void>((r) => (answerBig = r));
    client.getEntityMentions = async (q) => {
      if (q.id === big.id) await bigHeld;
      return read(q);
    };
    const first = ents.open(big);
    await ents.open(small);
    answerBig();
    await first;
    expect(ents.detail?.name).toBe('Other');
    expect(ents.mentions.reports).toHaveLength(1);
  });

  it('reads a long list a page at a time, with the total', async () => {
    const { EntitiesState } = await import('../../src/renderer/src/lib/state/explore.svelte');
    const client = new FakeClient();
    client.entities = Array.from({ length: 1234 }, (_, i) => ({ id: `person:p${i}` as never, kind: 'person' as const, name: `P${i}`, variants: [], mentionCount: 1, articleCount: 1, manual: false, mentions: [] }));
    const ents = new EntitiesState(client);
    await ents.load();
    expect(ents.total).toBe(1234);
    expect(ents.pages.rowAt(1233)).toBeNull();
    await ents.pages.showRange(1200, 1233);
    expect(ents.pages.rowAt(1233)?.name).toBe('P1233');
    expect(client.calls.filter((c) => c.method === 'listEntityPage').map((c) => (c.args[0] as { offset: number }).offset)).toEqual([0, 1200]);
  });
});
