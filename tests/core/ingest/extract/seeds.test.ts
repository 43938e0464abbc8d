import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../../../src/core/ingest/extract/index';
import type { Extraction } from '../../../../src/shared/api';

const SEEDS = join(__dirname, '../../../../seeds');
function seed(prefix: string): Extraction {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (!file) throw new Error(`seed ${prefix} missing`);
  return extract({ text: readFileSync(join(SEEDS, file), 'utf8'), format: 'text', name: file });
}
const labels = (x: Extraction) => x.blocks.filter((b) => b.region === 'boilerplate').map((b) => b.label);
const mention = (x: Extraction, text: string) => x.dateMentions.find((m) => m.text === text);

describe('seed 000 (blog with reader comments)', () => {
  const x = seed('000_');
  it('finds the title, the date glued to the reading-time label, the outlet and no author', () => {
    expect(x.title).toBe('Putins Marathontreffen mit Trumps Gesandten Witkoff');
    expect(x.titleDerived).toBe(false);
    expect(x.published).toBe('2025-04-12');
    expect(x.publishedSource).toBe('stated');
    expect(x.site).toBe('TKP');
    expect(x.author).toBeNull();
  });
  it('has the body from the first paragraph to the one ending "hier bei TKP." with five list items', () => {
    expect(x.body[0]).toMatch(/^Bei den Gesprächen zwischen dem russischen Präsidenten/);
    expect(x.body[x.body.length - 1]).toMatch(/hier bei TKP\.$/);
    expect(x.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text.slice(0, 2))).toEqual(['– ', '– ', '– ', '– ', '– ']);
    expect(x.body.join(' ')).toContain('Whitkoff');
    expect(x.body.join(' ')).toContain('Kellog ');
  });
  it('keeps the furniture after the body as labelled boilerplate', () => {
    const l = labels(x);
    expect(l).toContain('donation');
    expect(l).toContain('comments-header');
    expect(l.filter((v) => v === 'comment-rules')).toHaveLength(2);
    expect(l.filter((v) => v === 'related').length).toBeGreaterThanOrEqual(4); // three titles + "Aktuelle Beiträge"
    expect(x.boilerplate.some((t) => t.startsWith('Folge TKP auf Telegram'))).toBe(true);
    expect(x.body.join(' ')).not.toContain('spendenfinanziert');
  });
  it('reads 20 comments, 16 top-level and 4 replies under the right parents', () => {
    expect(x.comments).toHaveLength(20);
    expect(x.comments.filter((c) => c.replyTo === null)).toHaveLength(16);
    expect(x.comments[0]).toMatchObject({ author: 'Michael Rosemeyer', published: '2025-04-21T11:05', replyTo: null });
    expect(x.comments.every((c) => c.author && c.published && c.text.length > 0)).toBe(true);
    const parentOf = (author: string) => x.comments[x.comments.find((c) => c.author === author && c.replyTo !== null)!.replyTo!]!;
    const numbered = x.comments.filter((c) => c.replyTo === null);
    expect(parentOf('Varus')).toBe(numbered[15]);
    expect(parentOf('therMOnukular')).toBe(numbered[15]);
    expect(parentOf('Andreas I.')).toBe(numbered[14]);
    expect(x.comments.find((c) => c.author === 'Daisy' && c.replyTo !== null)!.replyTo).toBe(x.comments.indexOf(numbered[11]!));
    expect(x.blocks.filter((b) => b.kind === 'comment').every((b) => b.region === 'comments' && typeof b.comment === 'number')).toBe(true);
  });
  it('resolves "am Freitag", "heute Samstag" and "gestern" against 12 April 2025', () => {
    expect(mention(x, 'am Freitag')?.date).toBe('2025-04-11');
    expect(mention(x, 'Samstag')?.date).toBe('2025-04-12');
    expect(mention(x, 'gestern')?.date).toBe('2025-04-11');
    expect(mention(x, 'gestern')?.sentence).toMatch(/Karoline Leavitt/);
  });
});

describe('seed 001 (daily, no date stated)', () => {
  const x = seed('001_');
  it('finds title and two-sentence teaser', () => {
    expect(x.title).toBe('USA legen Russland neuen Ukraine-Plan vor: Witkoff und Kushner treffen Putin in Moskau');
    expect(x.dek).toMatch(/^Trumps Gesandte kamen Dienstagmittag in Moskau an, .*Dmitrijew\.$/);
  });
  it('infers 2025-12-02 from "am Sonntag" + "30. November 2025" + "am Dienstag", with evidence', () => {
    expect(x.published).toBe('2025-12-02');
    expect(x.publishedSource).toBe('inferred');
    expect(x.dateEvidence.join(' ')).toContain('30. November 2025');
  });
  it('names no outlet but the credited agencies', () => {
    expect(x.site).toBeNull();
    expect(x.agencies).toEqual(['Reuters', 'dpa', 'Valeriia Semeniuk']);
  });
  it('labels skip link, the three-paragraph consent block, "Zur Startseite" and the script debris', () => {
    const bp = x.blocks.filter((b) => b.region === 'boilerplate');
    expect(bp.find((b) => b.text === 'zum Hauptinhalt')?.label).toBe('skip-link');
    expect(bp.filter((b) => b.label === 'consent')).toHaveLength(3);
    expect(bp.find((b) => b.text === 'Zur Startseite')).toBeDefined();
    const script = bp.filter((b) => b.label === 'script');
    expect(script[0]!.text).toBe('showPaywall:');
    expect(script[script.length - 1]!.text).toMatch(/^console\.debug\(/);
    expect(x.body.join(' ')).not.toMatch(/showPaywall|einverstanden|Startseite/);
  });
  it('finds both captions with their credits, the first before the title', () => {
    expect(x.captions).toHaveLength(2);
    expect(x.captions[0]).toMatchObject({ credit: 'ARCHIVBILD/dpa/Gavriil Grigorov' });
    expect(x.captions[0]!.text).toMatch(/am 11\.04\.2025\.$/);
    expect(x.captions[1]).toMatchObject({ credit: 'REUTERS/EVA MARIE UZCATEGUI' });
    expect(x.captions[1]!.text).toMatch(/^Bereits am 30\. November 2025 verhandelten/);
    expect(x.captions[0]!.start).toBeLessThan(x.blocks.find((b) => b.kind === 'title')!.start);
    expect(x.body.some((b) => b.startsWith('Bereits am 30. November'))).toBe(false);
  });
  it('types the two headings and the pull quote with its attribution', () => {
    const headings = x.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(['US-Treffen mit Ukraine-Delegation fand bereits Sonntag statt', 'Moskau fordert Verzicht der Ukraine auf Nato-Mitgliedschaft']);
    const quote = x.blocks.find((b) => b.kind === 'quote');
    expect(quote).toMatchObject({ text: 'Es darf kein Spiel hinter dem Rücken der Ukraine gespielt werden.', attribution: 'Wolodymyr Selenskyj vor Reportern in Dublin' });
  });
});

describe('seed 002 (ntv.de)', () => {
  const x = seed('002_');
  it('splits section, kicker and title', () => {
    expect(x.section).toBe('Politik');
    expect(x.kicker).toBe('Kremlgesandter zufrieden');
    expect(x.title).toBe('USA und Russland sollen Geheimgespräche führen');
  });
  it('reads the date with its time, the source line, the teaser', () => {
    expect(x.published).toBe('2025-11-19T09:47');
    expect(x.site).toBe('ntv.de');
    expect(x.author).toBe('ghö');
    expect(x.dek).toMatch(/^Schon Ende Oktober trafen sich/);
  });
  it('labels the image slug and reads the caption credit', () => {
    expect(x.blocks.find((b) => b.text.startsWith('Witkoff-und-Dmitrijew'))?.label).toBe('image-slug');
    expect(x.captions).toHaveLength(1);
    expect(x.captions[0]!.credit).toBe('Vyacheslav Prokofyev/Pool Sputni');
    expect(x.captions[0]!.text).toContain('Dmitrijew');
    expect(x.body.join(' ')).toContain('Dmitriew');
  });
  it('splits the glued tag line', () => {
    expect(x.tags).toEqual(['Russland', 'Donald Trump', 'Angriff auf die Ukraine', 'USA', 'Kriege und Konflikte', 'Wladimir Putin']);
  });
  it('resolves "Ende Oktober" and the range "vom 24. bis zum 26. Oktober"', () => {
    expect(mention(x, 'Ende Oktober')?.date).toBe('2025-10');
    expect(mention(x, 'vom 24. bis zum 26. Oktober')).toMatchObject({ date: '2025-10-24', endDate: '2025-10-26' });
  });
});

describe('seed 003 (wire copy, contradicted header)', () => {
  const x = seed('003_');
  it('keeps the header date and flags the conflict with the text', () => {
    expect(x.published).toBe('2025-07');
    expect(x.publishedSource).toBe('header');
    expect(x.dateConflict).toMatch(/^2025-04/);
    expect(x.dateEvidence.join(' ')).toMatch(/Anfang des Monats/);
  });
  it('derives the title from the lead and finds the heading', () => {
    expect(x.titleDerived).toBe(true);
    expect(x.title).toMatch(/^Der US-Sondergesandte Steve Witkoff hat in St\. Petersburg/);
    expect(x.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Trump drängt auf Beendigung des Ukraine-Kriegs']);
    expect(x.site).toBeNull();
    expect(x.body.join(' ')).toContain('«stinksauer»');
  });
});

describe('seed 004 (wire copy with dateline)', () => {
  const x = seed('004_');
  it('keeps the month header, reads the caption, the dateline and the heading', () => {
    expect(x.published).toBe('2025-04');
    expect(x.captions[0]!.text).toMatch(/\(Archivbild\)$/);
    expect(x.dateline).toBe('Moskau');
    expect(x.body[0]).toMatch(/^Moskau - /);
    expect(x.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Lawrow: Ukraine-Deal noch feinjustieren']);
    expect(x.titleDerived).toBe(true);
    expect(x.site).toBeNull();
  });
  it('dates "zwei Wochen nach" the 11 April meeting to about 2025-04-25', () => {
    expect(mention(x, 'zwei Wochen nach')?.date).toBe('2025-04-25');
    expect(mention(x, '11. April')?.date).toBe('2025-04-11');
  });
});

describe('all seeds', () => {
  for (const p of ['000_', '001_', '002_', '003_', '004_']) {
    it(`${p}: every block's offsets point at its text`, () => {
      const x = seed(p);
      for (const b of x.blocks) expect(x.text.slice(b.start, b.end).replace(/\s+/g, ' ').trim()).toBe(b.text.replace(/\s+/g, ' ').trim());
      expect(x.lang).toBe('de');
      expect(x.warnings).toEqual([]);
    });
  }
});
