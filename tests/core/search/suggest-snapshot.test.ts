import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { decodeSnapshot, encodeSnapshot } from '../../../src/core/search/suggest-snapshot';

interface Doc {
  id: string;
  text: string;
}

const OPTIONS = { fields: ['text'] };

/** An index of more terms than one line holds, with words JSON must escape. */
function index(): MiniSearch<Doc> {
  const ms = new MiniSearch<Doc>(OPTIONS);
  for (let i = 0; i < 1200; i++) ms.add({ id: `a${i}`, text: `Gespräch${i} „Zitat\\n“ Selenskyj${i % 7} Wort${i * 3}` });
  ms.add({ id: 'pWitkoff', text: 'Witkoff' });
  ms.discard('a5');
  return ms;
}

describe('suggestion snapshot lines', () => {
  it('loads the same index, answering the same searches, as minisearch’s own snapshot', () => {
    const ms = index();
    const lines = encodeSnapshot(ms.toJSON());
    expect(lines.toString('utf8').split('\n').length).toBeGreaterThan(2);
    const loaded = MiniSearch.loadJS<Doc>(decodeSnapshot(lines), OPTIONS);
    const own = MiniSearch.loadJSON<Doc>(JSON.stringify(ms), OPTIONS);
    expect(JSON.stringify(loaded)).toBe(JSON.stringify(own));
    for (const q of ['gesprach1', 'Selensky', 'zitat', 'Witkof', 'wort36']) {
      const opts = { prefix: true, fuzzy: 0.25 };
      expect(loaded.search(q, opts)).toEqual(own.search(q, opts));
    }
    expect(loaded.has('a5')).toBe(false);
  });

  it('throws on a snapshot damaged midway, so that the index is rebuilt', () => {
    const lines = encodeSnapshot(index().toJSON());
    const cut = lines.subarray(0, Math.floor(lines.length * 0.6));
    expect(() => MiniSearch.loadJS<Doc>(decodeSnapshot(cut), OPTIONS)).toThrow();
  });
});
