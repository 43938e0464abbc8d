import type { Page, Route } from '@playwright/test';
import type { Article, ArticleSummary, SavedSearch, SearchHit, SearchPage, SearchQuery, Suggestion } from '../../../src/shared/api';
import { notice } from '../../../src/shared/api/notices';

const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');

export interface SearchStub {
  /** Every query the page sent to `searchArticles`, in order. */
  queries: string[];
  /** Every query whose answer the page has been sent, in order. */
  answered: string[];
  /**
   * Holds the answer to `q` until the returned function is called, so a test can make an older
   * answer arrive after a newer one without guessing at timings.
   */
  hold(q: string): () => void;
}

/**
 * Answers the search methods of the HTTP API in the page with a small stand-in over the real
 * library list, so the search UI can be driven before (and independently of) the real index.
 * Other methods go to the real host.
 */
export async function stubSearch(page: Page, origin: string, items: ArticleSummary[]): Promise<SearchStub> {
  const gates = new Map<string, { opened: Promise<void>; open: () => void }>();
  const stub: SearchStub = {
    queries: [],
    answered: [],
    hold(q) {
      let open!: () => void;
      const opened = new Promise<void>((r) => (open = r));
      gates.set(q, { opened, open });
      return open;
    },
  };
  const saved: SavedSearch[] = [];
  let nextId = 1;
  const ok = (route: Route, value: unknown) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value }) });

  const words = (q: string) =>
    fold(q)
      .split(/\s+/)
      .filter((w) => w && !w.includes(':'))
      .map((w) => w.replace(/"/g, ''));
  const filters = (q: string) => [...q.matchAll(/outlet:("([^"]*)"|\S+)/g)].map((m) => m[2] ?? m[1] ?? '');

  function search(query: SearchQuery): SearchPage {
    const ws = words(query.q);
    const outlets = filters(query.q);
    const matching = items.filter((a) => ws.every((w) => fold(`${a.title} ${a.excerpt}`).includes(w)));
    const hits: SearchHit[] = matching
      .filter((a) => outlets.every((o) => a.site === o))
      .map((a) => {
        const text = a.excerpt;
        const highlights: [number, number][] = [];
        for (const w of ws) {
          const at = fold(text).indexOf(w);
          if (at >= 0) highlights.push([at, at + w.length]);
        }
        return { article: a, score: 1, snippets: [{ field: 'body' as const, text, highlights }], hitCount: Math.max(1, highlights.length) };
      });
    const count = (values: (string | null)[]) => {
      const map = new Map<string, number>();
      for (const v of values) if (v) map.set(v, (map.get(v) ?? 0) + 1);
      return [...map].map(([value, n]) => ({ value, count: n }));
    };
    return {
      hits,
      total: hits.length,
      facets: {
        outlet: count(matching.map((a) => a.site)),
        month: count(matching.map((a) => a.published?.slice(0, 7) ?? null)),
        lang: count(matching.map((a) => a.lang)),
        tag: [],
      },
      didYouMean: hits.length === 0 && fold(query.q).includes('whitkoff') ? query.q.replace(/whitkoff/i, 'Witkoff') : null,
      ...(query.q.split('"').length % 2 === 0
        ? { notices: ['unclosed quote: read as a phrase to the end'], noticesCoded: [notice('search.unclosed-quote')] }
        : { notices: [], noticesCoded: [] }),
      tookMs: 1,
    };
  }

  await page.route(`${origin}/api/*`, async (route) => {
    const method = new URL(route.request().url()).pathname.split('/').pop() ?? '';
    const args = JSON.parse(route.request().postData() ?? '[]') as unknown[];
    switch (method) {
      case 'searchArticles': {
        const query = args[0] as SearchQuery;
        stub.queries.push(query.q);
        await gates.get(query.q)?.opened;
        await ok(route, search(query));
        stub.answered.push(query.q);
        return;
      }
      case 'suggest': {
        const t = fold(String(args[0]));
        const out: Suggestion[] = [];
        if (t.startsWith('whit') || t.startsWith('witk')) out.push({ text: 'Witkoff', kind: 'person', score: 1 });
        for (const a of items) if (fold(a.title).includes(t)) out.push({ text: a.title, kind: 'title', articleId: a.id, score: 0.5 });
        return ok(route, out.slice(0, 8));
      }
      case 'getArticleHits': {
        const res = await route.fetch({ url: `${origin}/api/getArticle`, postData: JSON.stringify([args[0]]) });
        const article = ((await res.json()) as { value: Article }).value;
        const hay = fold(article.text);
        const ranges: [number, number][] = [];
        for (const w of words(String(args[1]))) for (let at = hay.indexOf(w); at >= 0; at = hay.indexOf(w, at + 1)) ranges.push([at, at + w.length]);
        return ok(route, { ranges: ranges.sort((x, y) => x[0] - y[0]) });
      }
      case 'listSavedSearches':
        return ok(route, saved);
      case 'saveSearch': {
        const input = args[0] as { name: string; q: string };
        const s = { id: nextId++, name: input.name, q: input.q, createdAt: new Date().toISOString() };
        saved.push(s);
        return ok(route, s);
      }
      case 'deleteSavedSearch':
        saved.splice(
          saved.findIndex((s) => s.id === args[0]),
          1,
        );
        return ok(route, null);
      default:
        return route.fallback();
    }
  });
  return stub;
}
