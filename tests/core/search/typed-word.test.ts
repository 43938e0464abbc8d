import { describe, expect, it } from 'vitest';
import { memoryService } from '../../support/memory-service';
import { parseQuery } from '../../../src/core/search/query-parser';
import { typedWordNode, withTypedPrefix } from '../../../src/core/search/typed-word';
import { searchArticles } from '../../../src/core/search/search';
import type { NameSpellings } from '../../../src/core/search/name-spellings';
import { keysBegun, storedSpellingsLookup } from '../../../src/core/explore/spellings-lookup';
import { replaceSpellings, SPELLING_KEY } from '../../../src/core/store/queries/name-spellings';

const typedIn = (q: string) => typedWordNode(q, parseQuery(q))?.word.text ?? null;

describe('the word being typed', () => {
  it('is the last plain word of 4+ letters with nothing after it', () => {
    expect(typedIn('Witk')).toBe('Witk');
    expect(typedIn('Gaza Witk')).toBe('Witk');
    expect(typedIn('(Trump OR Witk')).toBe('Witk');
    // A space typed ends the word; a prefix, an exclusion, a filter, a phrase are whole already.
    for (const q of ['Witk ', 'Witk*', 'Gaza -Witk', 'outlet:ntv', '"Steve Witk"', '"Steve Witk', 'Wi', 'Gaza NOT Witk', 'Witk outlet:ntv.de', 'Wit']) expect(typedIn(q), q).toBeNull();
  });

  it('is read as itself or the words it begins, inside the OR that widened it', () => {
    const parsed = parseQuery('Gaza Witk');
    const node = typedWordNode('Gaza Witk', parsed)!;
    const root = parsed.root!;
    if (root.type !== 'and') throw new Error('two words are an AND');
    // As search by entity widens it: `(Witk OR Wytk)`.
    const widened = withTypedPrefix({ type: 'and', children: [root.children[0]!, { type: 'or', children: [node, { type: 'term', word: { text: 'Wytk', folded: 'wytk', stem: 'wytk' } }] }] }, node);
    expect(JSON.stringify(widened)).toContain('"type":"prefix","word":{"text":"Witk"');
    expect(JSON.stringify(widened)).toContain('"Wytk"');
  });
});

describe('search while typing', () => {
  const texts = [
    'Gespräche in Moskau\n\nDer US-Sondergesandte Steve Witkoff traf am Donnerstag Wladimir Putin im Kreml.\n',
    'Witkoffs Reise\n\nWitkoff reiste danach weiter nach Abu Dhabi, hieß es aus Washington.\n',
    'Ein Wort\n\nDas Kürzel Witk steht hier ganz allein, ohne Namen dahinter.\n',
    'Wetter\n\nIn Berlin regnet es am Wochenende, sagte der Wetterdienst.\n',
  ];

  it('finds the words the last word begins only when asked, whole-word reports first', async () => {
    const { db, api } = await memoryService();
    const ids: string[] = [];
    for (const [i, text] of texts.entries()) ids.push((await api.ingestText({ name: `${i}.txt`, text })).added[0]!.articleId);
    const found = async (q: string, typing?: boolean) => (await api.searchArticles({ q, limit: 10, ...(typing ? { typing } : {}) })).hits.map((h) => ids.indexOf(h.article.id));

    // As before without `typing`: the whole word only.
    expect(await found('Witk')).toEqual([2]);
    const page = await api.searchArticles({ q: 'Witk', limit: 10 });
    expect(page.typedPrefix).toBeUndefined();
    // Typing: the report holding `Witk` whole first, then Witkoff's.
    const typed = await found('Witk', true);
    expect(typed[0]).toBe(2);
    expect([...typed].sort()).toEqual([0, 1, 2]);
    expect((await api.searchArticles({ q: 'Witk', limit: 10, typing: true })).typedPrefix).toBe('Witk');
    // With another word before it, both must hold.
    expect(await found('Putin Witk', true)).toEqual([0]);
    // A space after the word: whole again.
    expect(await found('Witk ', true)).toEqual([2]);
    // Under four letters the word stays whole (`Wit*` merges many terms of the prefix index).
    expect(await found('Wit', true)).toEqual([]);
    db.close();
  });

  it('puts a report holding the word whole above one BM25 prefers for the longer word in its title', async () => {
    const { db, api } = await memoryService();
    const loud = (await api.ingestText({ name: 'loud.txt', text: 'Witkoff, Witkoff, Witkoff\n\nWitkoff sprach mit Witkoff über Witkoffs Pläne.\n' })).added[0]!.articleId;
    const quiet = (await api.ingestText({ name: 'quiet.txt', text: `Bericht\n\n${'Ein langer Absatz über das Wetter in Berlin und anderswo. '.repeat(30)}Das Kürzel Witk kommt einmal vor.\n` })).added[0]!.articleId;
    const ids = (await api.searchArticles({ q: 'Witk', limit: 10, typing: true })).hits.map((h) => h.article.id);
    expect(ids).toEqual([quiet, loud]);
    db.close();
  });

  it('marks what the word begins in the snippets, and offers no correction when that finds something', async () => {
    const { db, api } = await memoryService();
    for (const [i, text] of texts.entries()) await api.ingestText({ name: `${i}.txt`, text });
    const page = await api.searchArticles({ q: 'Witko', limit: 10, typing: true });
    expect(page.total).toBe(2);
    expect(page.didYouMean).toBeNull();
    const marked = page.hits.flatMap((h) => h.snippets.flatMap((s) => s.highlights.map(([a, b]) => s.text.slice(a, b))));
    expect(marked).toContain('Witkoff');
    db.close();
  });
});

describe('a name being typed, through search by entity', () => {
  // Invented people: Jurij Selenkov, whom other reports write Zelenkow, and two Merivas.
  const texts = [
    'Treffen in Kiew\n\nDer Berater Jurij Selenkov traf am Montag die Delegation.\n',
    'Reise nach Genf\n\nDer Berater Jurij Zelenkow reiste am Dienstag nach Genf.\n',
    'Wetter\n\nIn Berlin regnet es am Wochenende, sagte der Wetterdienst.\n',
  ];
  const people: Record<string, string[]> = { selenkov: ['Selenkov', 'Zelenkow'], zelenkow: ['Selenkov', 'Zelenkow'] };
  const lookup = (keys: string[]): NameSpellings =>
    Object.assign((w: string) => people[w.toLowerCase()] ?? null, { begun: (p: string, n: number) => keys.filter((k) => k.startsWith(p)).slice(0, n) });

  it("finds the person's spellings the word does not begin, and says so", async () => {
    const { db, api } = await memoryService();
    const ids: string[] = [];
    for (const [i, text] of texts.entries()) ids.push((await api.ingestText({ name: `${i}.txt`, text })).added[0]!.articleId);
    const search = (q: string, spellings: NameSpellings, typing = true) => searchArticles(db, { q, sort: 'relevance', limit: 10, offset: 0, facets: false, groupCopies: true, typing }, undefined, spellings);
    const page = search('Selen', lookup(['selenkov', 'zelenkow']));
    expect(page.hits.map((h) => ids.indexOf(h.article.id)).sort()).toEqual([0, 1]);
    expect(page.also).toEqual([{ word: 'Selen', spellings: ['Zelenkow'] }]);
    // A whole surname typed: its spellings said once (the list of them is keyed by the word).
    expect(search('Selenkov', lookup(['selenkov', 'zelenkow'])).also).toEqual([{ word: 'Selenkov', spellings: ['Zelenkow'] }]);
    // Not without typing, and not when the lookup cannot complete names.
    expect(search('Selen', lookup(['selenkov', 'zelenkow']), false).total).toBe(0);
    expect(search('Selen', Object.assign((w: string) => people[w.toLowerCase()] ?? null, {})).total).toBe(1);
    // A start of many people's names widens to none of them.
    const many = ['selena', 'selenb', 'selenc', 'selenkov'];
    const crowded = Object.assign((w: string) => (w === 'selenkov' ? people.selenkov! : many.includes(w) ? [w, `Q${w}`] : null), { begun: (p: string, n: number) => many.filter((k) => k.startsWith(p)).slice(0, n) });
    expect(search('Selen', crowded).also).toBeUndefined();
    db.close();
  });

  it('completes from the stored lookup by an index range', () => {
    expect(keysBegun(['merz', 'selenkov', 'selenskyj', 'zelenkow'], 'selen', 8)).toEqual(['selenkov', 'selenskyj']);
    expect(keysBegun(['merz', 'selenkov', 'selenskyj'], 'selen', 1)).toEqual(['selenkov']);
    expect(keysBegun(['merz'], 'zz', 8)).toEqual([]);
  });
});

describe('the stored lookup completes a surname', () => {
  it('reads the surnames that begin with the typed letters, not given names', async () => {
    const { db } = await memoryService();
    replaceSpellings(db, (sink) => {
      for (const k of ['selenkov', 'zelenkow']) sink.put(SPELLING_KEY.spelling, k, ['Selenkov', 'Zelenkow']);
      sink.put(SPELLING_KEY.given, 'selena', ['Selena', 'Zelena']);
    }, 0);
    const lookup = storedSpellingsLookup(db);
    expect(lookup.begun('selen', 8)).toEqual(['selenkov']);
    expect(lookup.begun('zel', 8)).toEqual(['zelenkow']);
    expect(lookup.begun('x', 8)).toEqual([]);
    db.close();
  });
});
