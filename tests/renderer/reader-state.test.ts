import { describe, expect, it } from 'vitest';
import type { ArticleId, Block } from '../../src/shared/api';
import { ReaderState } from '../../src/renderer/src/lib/state/reader.svelte';
import { ApiError } from '../../src/shared/errors';
import { FakeClient, fullArticle, summary } from './fake-client';

const TEXT = 'Kellogg in Kiew\n\nKellogg traf Selenskyj. Später sprach Kellogg.\n\nKommentar: Kellogg!';
const blocks: Block[] = [
  { kind: 'title', region: 'header', text: 'Kellogg in Kiew', start: 0, end: 15 },
  { kind: 'paragraph', region: 'body', text: 'Kellogg traf Selenskyj. Später sprach Kellogg.', start: 17, end: 63 },
  { kind: 'comment', region: 'comments', text: 'Kommentar: Kellogg!', start: 65, end: 84 },
];

function setup() {
  const client = new FakeClient();
  const s = summary('a1', { title: 'Kellogg in Kiew' });
  client.items = [s];
  client.articles.set('a1', fullArticle(s, { text: TEXT, blocks }));
  return { client, reader: new ReaderState(client) };
}

describe('ReaderState.open', () => {
  it('highlights the hits of the query it was opened with; those in the title the header shows and the body count as shown', async () => {
    const { client, reader } = setup();
    await reader.open('a1' as ArticleId, 'kellogg');
    expect(client.callsOf('getArticleHits')).toHaveLength(1);
    expect(reader.hitRanges).toHaveLength(4);
    expect(reader.visibleRanges.map(([s]) => s)).toEqual([0, 17, 55]);
    expect(reader.hiddenCount).toBe(1);
    reader.toggleMode();
    expect(reader.visibleRanges).toHaveLength(4);
  });

  it('a title the header shows other than the text has it (an edited title) marks and counts no hit of the text\'s', async () => {
    const { client, reader } = setup();
    const s = summary('a1', { title: 'Kellogg bei Selenskyj' });
    client.items = [s];
    client.articles.set('a1', fullArticle(s, { text: TEXT, blocks }));
    await reader.open('a1' as ArticleId, 'kellogg');
    expect(reader.visibleRanges.map(([s]) => s)).toEqual([17, 55]);
  });

  it('opening without a query clears the highlights', async () => {
    const { reader } = setup();
    await reader.open('a1' as ArticleId, 'kellogg');
    await reader.open('a1' as ArticleId);
    expect(reader.hitRanges).toEqual([]);
    expect(reader.hitQuery).toBeNull();
  });
});

describe('ReaderState.open that fails', () => {
  it('keeps the article on screen as the open one, so a later reload does not switch to the report that failed', async () => {
    const { client, reader } = setup();
    const other = summary('b2', { title: 'Anderer Bericht' });
    client.items.push(other);
    await reader.open('a1' as ArticleId);
    client.failWith = new ApiError('INTERNAL', 'http: the host cannot be reached');
    await expect(reader.open('b2' as ArticleId)).rejects.toThrow('cannot be reached');
    // What the list marks as open is what the reader shows.
    expect(reader.openId).toBe('a1');
    expect(reader.isLoading).toBe(false);
    client.failWith = null;
    // The library changes: the reader reloads what it shows, not the report that failed to open.
    await reader.reload();
    expect(reader.article?.title).toBe('Kellogg in Kiew');
  });
});

describe('ReaderState.step', () => {
  it('moves through the hits and wraps around', async () => {
    const { reader } = setup();
    await reader.open('a1' as ArticleId, 'kellogg');
    expect(reader.current).toBe(0);
    reader.step(1);
    expect(reader.current).toBe(1);
    reader.step(1);
    expect(reader.current).toBe(2);
    reader.step(1);
    expect(reader.current).toBe(0);
    reader.step(-1);
    expect(reader.current).toBe(2);
  });
});

describe('find in article', () => {
  it('matches case- and accent-insensitively and wins over the search hits while open', async () => {
    const { reader } = setup();
    await reader.open('a1' as ArticleId, 'selenskyj');
    expect(reader.visibleRanges).toHaveLength(1);
    reader.openFind();
    reader.setFindText('SPATER');
    expect(reader.visibleRanges.map(([s, e]) => TEXT.slice(s, e))).toEqual(['Später']);
    reader.closeFind();
    expect(reader.visibleRanges.map(([s, e]) => TEXT.slice(s, e))).toEqual(['Selenskyj']);
  });
});
