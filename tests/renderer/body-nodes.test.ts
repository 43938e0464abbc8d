import { describe, expect, it } from 'vitest';
import { bodySpans, toBodyNodes } from '../../src/renderer/src/lib/body-nodes';
import type { Block, BlockKind, BlockMarkup } from '../../src/shared/api';

let offset = 0;
function block(text: string, markup?: BlockMarkup, kind: BlockKind = 'paragraph'): Block {
  const start = offset;
  offset += text.length + 1;
  return { kind, region: 'body', text, start, end: start + text.length, ...(markup ? { markup } : {}) };
}

describe('toBodyNodes with the markup of a Markdown or HTML report', () => {
  it('nests a list in a list item and numbers an ordered list', () => {
    const nodes = toBodyNodes([
      block('Lead.'),
      block('3. drei', { path: ['ol'], item: 3 }, 'list-item'),
      block('- a', { path: ['ol', 'ul'], item: 1 }, 'list-item'),
      block('- b', { path: ['ol', 'ul'], item: 2 }, 'list-item'),
      block('weiter in drei', { path: ['ol'] }),
      block('4. vier', { path: ['ol'], item: 4 }, 'list-item'),
      block('End.'),
    ]);
    expect(nodes.map((n) => n.type)).toEqual(['paragraph', 'list', 'paragraph']);
    const list = nodes[1] as Extract<(typeof nodes)[number], { type: 'list' }>;
    expect(list.ordered).toBe(true);
    expect(list.items.map((i) => [i.text, i.number])).toEqual([['drei', 3], ['vier', 4]]);
    const inner = list.items[0]!.children;
    expect(inner.map((n) => n.type)).toEqual(['list', 'paragraph']);
    expect(inner[0]).toMatchObject({ ordered: false, items: [{ text: 'a', number: null }, { text: 'b', number: null }] });
  });

  it("puts a list inside a quote, and reads the extractor's heading there as a paragraph", () => {
    const nodes = toBodyNodes([
      block('Kurz', { path: ['quote'] }, 'heading'),
      block('- eins', { path: ['quote', 'ul'], item: 1 }, 'list-item'),
      block('- zwei', { path: ['quote', 'ul'], item: 2 }, 'list-item'),
      block('Danach.'),
    ]);
    expect(nodes.map((n) => n.type)).toEqual(['blockquote', 'paragraph']);
    const quote = nodes[0] as Extract<(typeof nodes)[number], { type: 'blockquote' }>;
    expect(quote.children.map((n) => n.type)).toEqual(['paragraph', 'list']);
    expect(quote.children[1]).toMatchObject({ items: [{ text: 'eins' }, { text: 'zwei' }] });
  });

  it('gives headings their level (h2 to h4) and joins preformatted lines', () => {
    const nodes = toBodyNodes([block('Eins', { heading: 1 }), block('Drei', { heading: 3 }), block('Sechs', { heading: 6 }), block('a', { pre: true }), block('b', { pre: true })]);
    expect(nodes.map((n) => (n.type === 'heading' ? n.level : n.type))).toEqual([2, 3, 4, 'pre']);
    expect(nodes[3]).toMatchObject({ lines: [{ text: 'a', gap: '' }, { text: 'b', gap: '\n' }] });
  });

  it("keeps the list item text's offset where the marker is left out, for highlights", () => {
    const b = block('- Punkt', { path: ['ul'], item: 1 }, 'list-item');
    const nodes = toBodyNodes([b]);
    expect(bodySpans(nodes)).toEqual([[b.start + 2, b.end]]);
  });

  it('leaves plain text as the extractor typed it: a flat bulleted list', () => {
    const nodes = toBodyNodes([block('1. eins', undefined, 'list-item'), block('– zwei', undefined, 'list-item')]);
    expect(nodes).toEqual([expect.objectContaining({ type: 'list', ordered: false, markup: false, items: [expect.objectContaining({ text: '1. eins' }), expect.objectContaining({ text: 'zwei' })] })]);
  });

  it('gives sibling nodes distinct keys', () => {
    const nodes = toBodyNodes([block('x', { path: ['quote'] }), block('- y', { path: ['quote', 'ul'], item: 1 }), block('z')]);
    expect(new Set(nodes.map((n) => n.key)).size).toBe(nodes.length);
  });
});

describe('toBodyNodes with wrapped paragraphs', () => {
  it('joins a later line to its paragraph or item as another run, and reads a first line taken for a heading as the paragraph', () => {
    const h = block('Die Gespräche dauerten', undefined, 'heading');
    const l2 = block('bis in die Nacht.', { joins: true });
    const item = block('- Ein Punkt, der über', { path: ['ul'], item: 1 }, 'list-item');
    const l4 = block('zwei Zeilen geht', { path: ['ul'], joins: true });
    const nodes = toBodyNodes([h, l2, item, l4]);
    expect(nodes).toEqual([
      expect.objectContaining({ type: 'paragraph', text: 'Die Gespräche dauerten', more: [{ start: l2.start, text: 'bis in die Nacht.' }] }),
      expect.objectContaining({ type: 'list', items: [expect.objectContaining({ text: 'Ein Punkt, der über', more: [{ start: l4.start, text: 'zwei Zeilen geht' }] })] }),
    ]);
    expect(bodySpans(nodes)).toEqual([[h.start, h.end], [l2.start, l2.end], [item.start + 2, item.end], [l4.start, l4.end]]);
  });
});
