import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/core/ingest/extract/index';
import { agreement, structureLines } from '../../../../src/core/ingest/extract/html-structure';
import { renderHtml } from '../../../../src/core/ingest/extract/html';
import { splitLines } from '../../../../src/core/ingest/extract/segment';

const lead = '<p>Firefighters worked through the night to contain a blaze that broke out in an old warehouse near the harbour, the city said on Wednesday.</p>'
  + '<p>No one was hurt, but smoke forced the closure of two schools and a main road for several hours, officials added in a statement.</p>'
  + '<p>The cause of the fire is not yet known; investigators were expected at the site later in the day, a spokesperson said.</p>';

describe('an HTML page\'s structure', () => {
  it('reads the lines of a <nav> as a menu, never as the section above the headline', () => {
    const html = `<html><head><title>Warehouse blaze closes schools | Harbour Herald</title></head><body><nav><a href="/">Start</a> <a href="/region">Region</a></nav><article><h1>Warehouse blaze closes schools</h1>${lead}</article></body></html>`;
    const x = extract({ text: html, format: 'html' });
    expect(x.title).toBe('Warehouse blaze closes schools');
    expect(x.section).toBeNull();
    expect(x.blocks.find((b) => b.text === 'Start Region')).toMatchObject({ region: 'boilerplate', label: 'navigation' });
    // The same words outside a <nav> are still read as the page's section.
    const plain = extract({ text: html.replace(/<\/?nav>/g, ''), format: 'html' });
    expect(plain.section).toBe('Start Region');
  });

  it('takes the heading the page\'s own title agrees with as the headline, over a caption the ranker prefers', () => {
    const caption = '<div>© Jane Roe, AFP | Firefighters at the scene of the warehouse blaze near the harbour on Wednesday night</div>';
    const html = `<html><head><title>Region - Warehouse blaze closes schools</title></head><body><h1>Harbour Herald - news around the clock</h1>`
      + `<div>More from the region</div><h1>Warehouse blaze closes schools</h1>${caption}<p>By Max Muster</p>${lead}</body></html>`;
    const x = extract({ text: html, format: 'html' });
    expect(x.title).toBe('Warehouse blaze closes schools');
    expect(x.titleDerived).toBe(false);
  });

  it('fixes no headline where the title is only the site\'s name (a logo heading of it)', () => {
    const html = `<html><head><title>Harbour Herald</title><meta property="og:site_name" content="Harbour Herald"></head><body><h1>Harbour Herald</h1><article><h2>Warehouse blaze closes schools</h2>${lead}</article></body></html>`;
    const r = renderHtml(html);
    expect(structureLines(splitLines(r.text), r.meta.structure)?.headline).toBeUndefined();
    const named = renderHtml(html.replace('<title>Harbour Herald</title>', '<title>Warehouse blaze closes schools | Harbour Herald</title>'));
    const lines = splitLines(named.text);
    expect(lines[structureLines(lines, named.meta.structure)!.headline!]!.text).toBe('Warehouse blaze closes schools');
  });

  it('agrees a heading with a title by the part a separator sets off, the longer part only', () => {
    expect(agreement('Warehouse blaze closes schools', 'Warehouse blaze closes schools | Harbour Herald')).toBeGreaterThan(2);
    expect(agreement('Warehouse blaze closes schools', 'Region – Warehouse blaze closes schools')).toBeGreaterThan(2);
    expect(agreement('On Recent Events', 'On Recent Events - Jane Q. Public ( jqp )')).toBeGreaterThan(2);
    // A logo heading is the short part beside the headline.
    expect(agreement('Herald', 'Warehouse blaze closes schools near the old harbour · Herald')).toBe(0);
    // A title Readability cut after `Kicker:` is most of the heading.
    expect(agreement('Blaze: warehouse fire closes two schools', 'warehouse fire closes two schools')).toBe(1);
    expect(agreement('Warehouse blaze', 'Warehouse blazes on')).toBe(0);
  });
});
