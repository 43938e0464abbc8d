import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { packPrepared, unpackPrepared } from '../../../src/core/ingest/compact';
import { prepareArticle, type ExtractedArticle, type PrepareInput } from '../../../src/core/ingest/prepare';
import { ROOT } from '../../support/temp';

/**
 * What an extraction worker sends back is packed (each block's and paragraph's text as its
 * place in the article's text) and unpacked on the library thread: the article that arrives
 * must equal the one extraction made, to the character, and the message must be smaller.
 */
const input = (name: string, text: string): PrepareInput => ({
  name,
  path: null,
  locator: null,
  format: 'text',
  extractAs: 'text',
  encoding: 'utf-8',
  raw: new TextEncoder().encode(text),
  text,
});

/** Through a worker's message: packed, structured-cloned, unpacked. */
const crossed = (p: ExtractedArticle): ExtractedArticle => unpackPrepared(deserialize(serialize(packPrepared(p))) as ReturnType<typeof packPrepared>);

describe('a packed extraction result', () => {
  const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).slice(0, 12);

  it('arrives equal to what extraction made, for real pages with blocks, paragraphs and comments', () => {
    expect(seeds.length).toBeGreaterThan(3);
    let smaller = 0;
    for (const f of seeds) {
      const p = prepareArticle(input(f, readFileSync(join(ROOT, 'seeds', f), 'utf8')));
      expect(crossed(p), f).toEqual(p);
      // The raw bytes stay on the library thread (`workerPool`); the rest crosses.
      p.raw = new Uint8Array(0);
      if (serialize(packPrepared(p)).length < serialize(p).length * 0.75) smaller++;
    }
    // The text goes once instead of three times: a quarter smaller even for pages full of furniture.
    expect(smaller).toBe(seeds.length);
  });

  it('sends a paragraph or block that is not a stretch of the text as itself', () => {
    const p = prepareArticle(input('p.txt', 'Der Gemeinderat beschloss am Montag das Budget.\n\nDie Opposition stimmte dagegen und kündigte Widerstand an.'));
    p.extraction.body.push('Ein Absatz, der so nicht im Text steht.');
    p.extraction.blocks.push({ kind: 'paragraph', region: 'body', text: 'anders', start: 0, end: 6 });
    p.extraction.comments.push({ author: null, published: null, text: 'Gemeinderat', replyTo: null, start: 4, end: 15 });
    p.extraction.body.push('');
    const back = crossed(p);
    expect(back).toEqual(p);
    expect(back.extraction.body.at(-2)).toBe('Ein Absatz, der so nicht im Text steht.');
    expect(back.extraction.blocks.at(-1)!.text).toBe('anders');
    expect(back.extraction.comments.at(-1)!.text).toBe('Gemeinderat');
  });

  it('does not change the article it packs', () => {
    const p = prepareArticle(input('q.txt', 'Erster Absatz mit einigen Worten darin.\n\nZweiter Absatz, ebenfalls mit Worten.'));
    const before = structuredClone(p);
    packPrepared(p);
    expect(p).toEqual(before);
  });
});
