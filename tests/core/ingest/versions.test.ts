import { describe, expect, it } from 'vitest';
import type { ParallaxApi } from '../../../src/shared/api';
import { memoryService } from '../../support/memory-service';

/** A report long enough for near-copy detection, with one sentence that can change. */
function report(title: string, changed: string): string {
  const body = Array.from({ length: 12 }, (_, i) => `Satz ${i} des Berichts schildert die Verhandlungen in Glasgow am Tag ${i + 1} mit vielen Delegationen.`);
  body.splice(6, 0, changed);
  return `${title}\n\n${body.join(' ')}`;
}

const file = (name: string, text: string) => ({ name, dataBase64: Buffer.from(text, 'utf8').toString('base64') });

async function firstVersion(api: ParallaxApi) {
  const v1 = (await api.ingestFiles([file('glasgow.txt', report('Klimagipfel in Glasgow', 'Die Proteste blieben friedlich.'))])).added[0]!;
  const article = await api.getArticle(v1.articleId);
  const start = article.text.indexOf('Die Proteste');
  await api.addAnnotation({ articleId: v1.articleId, start, end: start + 'Die Proteste blieben friedlich.'.length, note: 'prüfen' });
  await api.updateArticleMetadata(v1.articleId, { title: 'Glasgow: Verlängerung' });
  return v1;
}

describe('ingest of a file saved again after it changed', () => {
  it('adds the new version beside the earlier one and says which report it follows and what stays there', async () => {
    const { api } = await memoryService();
    const v1 = await firstVersion(api);
    const r = await api.ingestFiles([file('glasgow.txt', report('Klimagipfel in Glasgow', 'Die Proteste blieben weitgehend friedlich.'))]);
    expect(r.added).toHaveLength(1);
    expect(r.added[0]!.versionOf).toEqual({ articleId: v1.articleId, title: 'Glasgow: Verlängerung', annotations: 1, edited: true });
    // Nothing of the earlier version moved or changed.
    const earlier = await api.getArticle(v1.articleId);
    expect(earlier.title).toBe('Glasgow: Verlängerung');
    expect((await api.listAnnotations({ articleId: v1.articleId })).map((a) => a.note)).toEqual(['prüfen']);
  });

  it('names the latest earlier version and counts what the person put on all of them', async () => {
    const { api } = await memoryService();
    const v1 = await firstVersion(api);
    const v2 = (await api.ingestFiles([file('glasgow.txt', report('Klimagipfel in Glasgow', 'Die Proteste blieben weitgehend friedlich.'))])).added[0]!;
    await api.addAnnotation({ articleId: v2.articleId, start: 0, end: 5 });
    const r = await api.ingestFiles([file('glasgow.txt', report('Klimagipfel in Glasgow', 'Die Proteste blieben bis zuletzt friedlich.'))]);
    expect(r.added[0]!.versionOf).toEqual({ articleId: v2.articleId, title: 'Klimagipfel in Glasgow', annotations: 2, edited: true });
  });

  it('is no new version under another file name, nor under the same name with other text', async () => {
    const { api } = await memoryService();
    await firstVersion(api);
    const copy = await api.ingestFiles([file('agentur.txt', report('Klimagipfel in Glasgow', 'Die Proteste blieben weitgehend friedlich.'))]);
    expect(copy.added).toHaveLength(1);
    expect(copy.added[0]!.versionOf).toBeUndefined();
    const other = Array.from({ length: 12 }, (_, i) => `Ganz anderer Inhalt ${i} über Wetter, Berge und Schnee im Winter des Jahres ${2000 + i}.`).join(' ');
    const r = await api.ingestFiles([file('glasgow.txt', `Wetterbericht\n\n${other}`)]);
    expect(r.added[0]!.versionOf).toBeUndefined();
  });

  it('reports an unchanged file as present, as before', async () => {
    const { api } = await memoryService();
    await firstVersion(api);
    const r = await api.ingestFiles([file('glasgow.txt', report('Klimagipfel in Glasgow', 'Die Proteste blieben friedlich.'))]);
    expect(r.added).toEqual([]);
    expect(r.present).toHaveLength(1);
  });
});

describe('ingest of a JSON Lines file saved again', () => {
  const line = (title: string, changed: string) => JSON.stringify({ title, text: report(title, changed).split('\n\n')[1] });

  it('takes near copies among its records for copies, and a changed record for a new version of that record', async () => {
    const { api } = await memoryService();
    const lines = [line('Agentur A', 'Die Proteste blieben friedlich.'), line('Agentur B', 'Die Proteste blieben weitgehend friedlich.')];
    const first = await api.ingestFiles([file('agenturen.jsonl', lines.join('\n'))]);
    // The two records are near copies of each other (one group), yet neither is the other's version.
    expect(await api.listCopies(first.added[0]!.articleId)).toHaveLength(2);
    expect(first.added.map((a) => a.versionOf)).toEqual([undefined, undefined]);
    lines[1] = line('Agentur B', 'Die Proteste blieben bis zuletzt friedlich.');
    const again = await api.ingestFiles([file('agenturen.jsonl', lines.join('\n'))]);
    expect(again.present.map((p) => p.articleId)).toEqual([first.added[0]!.articleId]);
    expect(again.added.map((a) => a.versionOf?.articleId)).toEqual([first.added[1]!.articleId]);
  });
});
