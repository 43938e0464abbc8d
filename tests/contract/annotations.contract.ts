import { expect, it } from 'vitest';
import type { ParallaxApi } from '../../src/shared/api';
import type { AnnotationId, ArticleId } from '../../src/shared/api';
import { expectApiError } from './api.contract';

/** Annotation cases of the contract suite; `api()` is the binding under test. */
export function annotationContract(api: () => ParallaxApi): void {
  async function tkp() {
    const { items } = await api().listArticles();
    const summary = items.find((a) => a.title.startsWith('Putins Marathontreffen'))!;
    return api().getArticle(summary.id);
  }

  it('annotations: highlights a range with a note and tags, and lists it in reading order', async () => {
    const a = await tkp();
    const start = a.text.indexOf('über vier Stunden');
    const h = await api().addAnnotation({ articleId: a.id, start, end: start + 'über vier Stunden'.length, color: 'green', note: 'Dauer: **4 h**', tags: ['Dauer', '#Treffen', 'dauer'] });
    expect(h).toMatchObject({ articleId: a.id, color: 'green', note: 'Dauer: **4 h**', tags: ['Dauer', 'Treffen'], status: 'anchored' });
    expect(h.quote.exact).toBe('über vier Stunden');
    expect(h.quote.prefix.endsWith('Das Treffen dauerte ')).toBe(true);
    const earlier = await api().addAnnotation({ articleId: a.id, start: 0, end: 10 });
    expect(earlier.color).toBe('yellow');
    const list = await api().listAnnotations({ articleId: a.id });
    expect(list.map((x) => x.id)).toEqual([earlier.id, h.id]);
    expect(list[1]).toMatchObject({ articleTitle: a.title, articleSite: a.site });
    expect(await api().listAnnotations({ tag: 'Treffen' })).toHaveLength(1);
    expect(await api().listAnnotations({ text: 'dauer 4' })).toHaveLength(1);
    expect((await api().listAnnotationTags()).map((t) => t.tag)).toEqual(expect.arrayContaining(['Dauer', 'Treffen']));
  });

  it('annotations: edits, deletes and restores exactly (undo)', async () => {
    const a = await tkp();
    const start = a.text.indexOf('Karoline Leavitt');
    const h = await api().addAnnotation({ articleId: a.id, start, end: start + 16, color: 'pink' });
    const edited = await api().updateAnnotation(h.id, { color: 'blue', note: 'Sprecherin', tags: ['Person'] });
    expect(edited).toMatchObject({ color: 'blue', note: 'Sprecherin', tags: ['Person'] });
    const deleted = await api().deleteAnnotation(h.id);
    expect((await api().listAnnotations({ articleId: a.id })).map((x) => x.id)).not.toContain(h.id);
    const restored = await api().restoreAnnotation(deleted);
    expect(restored).toMatchObject({ id: h.id, color: 'blue', note: 'Sprecherin', tags: ['Person'], createdAt: h.createdAt });
  });

  it('annotations: links annotations of two reports, shown from both ends', async () => {
    const { items } = await api().listArticles();
    const [x, y] = await Promise.all(items.slice(0, 2).map((s) => api().getArticle(s.id)));
    const ax = await api().addAnnotation({ articleId: x!.id, start: 0, end: 8 });
    const ay = await api().addAnnotation({ articleId: y!.id, start: 0, end: 8 });
    await api().linkAnnotations(ax.id, ay.id, 'contradicts');
    const [lx] = await api().listAnnotations({ articleId: x!.id }).then((l) => l.filter((a) => a.id === ax.id));
    expect(lx!.links).toEqual([{ id: ay.id, relation: 'contradicts', articleId: y!.id, quote: ay.quote.exact }]);
    const [ly] = await api().listAnnotations({ articleId: y!.id }).then((l) => l.filter((a) => a.id === ay.id));
    expect(ly!.links[0]!.id).toBe(ax.id);
    await expectApiError(api().linkAnnotations(ax.id, ax.id, 'adds'), 'BAD_INPUT');
    await api().unlinkAnnotations(ay.id, ax.id);
    await expectApiError(api().unlinkAnnotations(ay.id, ax.id), 'NOT_FOUND');
  });

  it('annotations: a link stays when either end changes colour, note or tags', async () => {
    const { items } = await api().listArticles();
    const [x, y] = await Promise.all(items.slice(0, 2).map((s) => api().getArticle(s.id)));
    const ax = await api().addAnnotation({ articleId: x!.id, start: 0, end: 8 });
    const ay = await api().addAnnotation({ articleId: y!.id, start: 0, end: 8 });
    await api().linkAnnotations(ax.id, ay.id, 'same-claim');
    const edited = await api().updateAnnotation(ax.id, { color: 'green', note: 'gleich', tags: ['t'] });
    expect(edited.links.map((l) => l.id)).toEqual([ay.id]);
  });

  it('annotations: a note draft is kept in the library until dropped, and goes with its annotation', async () => {
    const a = await tkp();
    const start = a.text.indexOf('über vier Stunden');
    const h = await api().addAnnotation({ articleId: a.id, start, end: start + 17, note: 'alt' });
    await api().saveNoteDraft(h.id, { text: 'neu, halb getippt', basedOn: 'alt' });
    await api().saveNoteDraft(h.id, { text: 'neu, halb getippt und mehr', basedOn: 'alt' });
    expect(await api().listNoteDrafts()).toEqual([expect.objectContaining({ annotationId: h.id, text: 'neu, halb getippt und mehr', basedOn: 'alt' })]);
    // A tag added or a colour picked while the note is being typed keeps the draft.
    await api().updateAnnotation(h.id, { tags: ['Dauer'], color: 'pink' });
    expect(await api().listNoteDrafts()).toHaveLength(1);
    // The draft is not the note: not searched.
    expect(await api().listAnnotations({ text: 'halb getippt' })).toHaveLength(0);
    await api().saveNoteDraft(h.id, null);
    expect(await api().listNoteDrafts()).toEqual([]);
    await api().saveNoteDraft(h.id, { text: 'wieder', basedOn: null });
    await api().deleteAnnotation(h.id);
    expect(await api().listNoteDrafts()).toEqual([]);
    await expectApiError(api().saveNoteDraft(h.id, { text: 'zu spät', basedOn: null }), 'NOT_FOUND');
    await expectApiError(api().saveNoteDraft(h.id, { text: 5 } as never), 'BAD_INPUT');
  });

  it('annotations: a draft written with what it replaces never overwrites or drops one typed elsewhere since', async () => {
    const a = await tkp();
    const h = await api().addAnnotation({ articleId: a.id, start: 0, end: 10 });
    const one = await api().saveNoteDraft(h.id, { text: 'Fenster eins', basedOn: null }, null);
    expect(one).toMatchObject({ written: true, draft: { text: 'Fenster eins' } });
    // Window two read no draft: neither its typing nor its save of the note drops window one's.
    expect(await api().saveNoteDraft(h.id, { text: 'Fenster zwei', basedOn: null }, null)).toEqual({ written: false, draft: one.draft });
    expect(await api().saveNoteDraft(h.id, null, null)).toEqual({ written: false, draft: one.draft });
    const more = await api().saveNoteDraft(h.id, { text: 'Fenster eins, mehr', basedOn: null }, one.draft!.savedAt);
    expect(more.written).toBe(true);
    expect(more.draft!.savedAt > one.draft!.savedAt).toBe(true);
    expect(await api().saveNoteDraft(h.id, null, more.draft!.savedAt)).toEqual({ written: true, draft: null });
  });

  it('annotations: a highlight moves with its text when the text is edited, and is orphaned, never dropped, when its passage goes', async () => {
    const a = await tkp();
    const quote = 'Ein eher skurriler Vorschlag';
    const start = a.text.indexOf(quote);
    expect(start).toBeGreaterThan(0);
    const h = await api().addAnnotation({ articleId: a.id, start, end: start + quote.length, note: 'merken' });
    const inserted = 'Ein neuer Absatz, vor allem anderen eingefügt.\n\n';
    const bodyStart = a.text.indexOf('Bei den Gesprächen');
    await api().updateArticleText(a.id, a.text.slice(0, bodyStart) + inserted + a.text.slice(bodyStart));
    const moved = (await api().listAnnotations({ articleId: a.id })).find((x) => x.id === h.id)!;
    expect(moved.status).toBe('moved');
    expect(moved.position.start).toBe(start + inserted.length);
    const edited = await api().getArticle(a.id);
    const para = edited.blocks.find((b) => b.text.includes('skurriler Vorschlag'))!;
    await api().updateArticleText(a.id, edited.text.slice(0, para.start) + edited.text.slice(para.end));
    const orphan = (await api().listAnnotations({ articleId: a.id })).find((x) => x.id === h.id)!;
    expect(orphan).toMatchObject({ status: 'orphaned', note: 'merken' });
    expect(orphan.quote.exact).toBe(quote);
    await api().updateArticleText(a.id, null);
    const back = (await api().listAnnotations({ articleId: a.id })).find((x) => x.id === h.id)!;
    expect(back.position.start).toBe(start);
    expect(back.status).not.toBe('orphaned');
  });

  it('annotations: exports Markdown, CSV and JSON-LD, and importing the JSON-LD again adds nothing', async () => {
    const a = await tkp();
    const md = await api().exportAnnotations({ format: 'md', articleId: a.id });
    expect(md.filename).toMatch(/\.md$/);
    expect(md.content).toMatch(/^---\ntitle: "Putins Marathontreffen/);
    expect(md.content).toContain('> über vier Stunden');
    expect(md.content).toContain('Dauer: **4 h**');
    expect(md.content).toContain('#Treffen');
    // In the German UI's language the Markdown reads German, dates as the app writes them; the keys stay.
    const mdDe = await api().exportAnnotations({ format: 'md', lang: 'de' });
    expect(mdDe.content).toMatch(/^---\ntitle: "Parallax-Anmerkungen"/);
    expect(mdDe.content).toContain('*TKP · 12. Apr. 2025* · Quelle: `');
    expect(mdDe.content).toMatch(/> — Markierung: (gelb|grün|blau|rosa|lila)/);
    expect(mdDe.content).not.toMatch(/highlight:|source:|2025-04-12/);
    await expectApiError(api().exportAnnotations({ format: 'md', lang: 'fr' }), 'BAD_INPUT');
    const csv = await api().exportAnnotations({ format: 'csv' });
    expect(csv.content.split('\r\n')[0]).toBe('annotation_id,article_id,article_title,outlet,published,color,quote,note,tags,status,start,end,created,updated');
    const ld = await api().exportAnnotations({ format: 'jsonld' });
    const doc = JSON.parse(ld.content);
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.first.items.length).toBe(doc.total);
    expect(doc.first.items[0].target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    const again = await api().importAnnotations({ content: ld.content });
    expect(again).toEqual({ added: 0, present: doc.total, skipped: [] });
    await expectApiError(api().importAnnotations({ content: '{not json' }), 'BAD_INPUT');
  });

  it('reading state: progress is saved and restored; reading to the end marks read; unread starts over', async () => {
    const a = await tkp();
    await api().updateReadingState(a.id, { progress: 0.4 });
    expect(await api().getArticle(a.id)).toMatchObject({ readProgress: 0.4, readAt: null });
    await api().updateReadingState(a.id, { progress: 1 });
    const read = await api().getArticle(a.id);
    expect(read.readAt).not.toBeNull();
    await api().updateReadingState(a.id, { read: false });
    expect(await api().getArticle(a.id)).toMatchObject({ readProgress: 0, readAt: null });
    expect((await api().listArticles()).items.find((x) => x.id === a.id)!.annotationCount).toBeGreaterThan(0);
    await expectApiError(api().updateReadingState(a.id, { progress: 2 }), 'BAD_INPUT');
    await expectApiError(api().updateReadingState('0123456789ab' as ArticleId, { read: true }), 'NOT_FOUND');
  });

  it('annotations: rejects bad input with BAD_INPUT or NOT_FOUND', async () => {
    const a = await tkp();
    await expectApiError(api().addAnnotation({ articleId: a.id, start: 5, end: 5 }), 'BAD_INPUT');
    await expectApiError(api().addAnnotation({ articleId: a.id, start: 0, end: a.text.length + 10 }), 'BAD_INPUT');
    await expectApiError(api().addAnnotation({ articleId: a.id, start: 0, end: 4, color: 'orange' as never }), 'BAD_INPUT');
    await expectApiError(api().addAnnotation({ articleId: '0123456789ab' as ArticleId, start: 0, end: 4 }), 'NOT_FOUND');
    await expectApiError(api().updateAnnotation('00000000-0000-4000-8000-000000000000' as AnnotationId, { note: 'x' }), 'NOT_FOUND');
    await expectApiError(api().deleteAnnotation('nope' as AnnotationId), 'BAD_INPUT');
    await expectApiError(api().exportAnnotations({ format: 'pdf' as never }), 'BAD_INPUT');
    await expectApiError(api().updateArticleText(a.id, '   '), 'BAD_INPUT');
  });
}
