import { describe, expect, it } from 'vitest';
import { extract, EXTRACTOR_VERSION } from '../../../../src/core/ingest/extract/index';

const page = [
  'Skip to content', 'Home', 'World', 'Business', 'Tech', 'Opinion', '',
  'Harbour city votes to ban cruise ships from old town', '',
  'By Jane Doe', 'March 3, 2024 at 9:15 am', '',
  'GENOA (AP) — Voters in the harbour city decided on Sunday to ban large cruise ships from docking next to the old town, ending a decade of debate.', '',
  'The measure passed with 61 percent, officials said on Monday, after a campaign that split shop owners and residents.', '',
  'What happens next', '',
  'The ban takes effect next year. Ships will use a new terminal outside the harbour, which the city council plans to open in the spring.', '',
  'Share on Facebook', 'Share on Twitter', '',
  'Related', 'Another city considers tourist tax', 'Mayor resigns over budget row', '',
  '2 Comments', '',
  'Mark says:', 'March 3, 2024 at 11:02 am', 'About time.', '',
  'Lena says:', 'March 4, 2024 at 8:00 am', 'Shops will suffer.', '',
  '© 2024 Harbour Daily. All rights reserved.',
].join('\n');

describe('extract (text)', () => {
  const x = extract({ text: page, format: 'text' });
  it('separates header, body, comments and furniture on an English page', () => {
    expect(EXTRACTOR_VERSION).toBe(31);
    expect(x.title).toBe('Harbour city votes to ban cruise ships from old town');
    expect(x.author).toBe('Jane Doe');
    expect(x.published).toBe('2024-03-03T09:15');
    expect(x.dateline).toBe('GENOA');
    expect(x.agencies).toEqual(['AP']);
    expect(x.site).toBe('Harbour Daily');
    expect(x.lang).toBe('en');
    expect(x.body).toHaveLength(4);
    expect(x.blocks.find((b) => b.text === 'What happens next')?.kind).toBe('heading');
    expect(x.comments.map((c) => [c.author, c.published, c.text])).toEqual([['Mark', '2024-03-03T11:02', 'About time.'], ['Lena', '2024-03-04T08:00', 'Shops will suffer.']]);
    expect(x.body.join(' ')).not.toMatch(/Share on|Another city|About time/);
    expect(x.wordCount).toBeGreaterThan(60);
    expect(x.readingMinutes).toBe(1);
  });
  it('resolves relative weekdays against the stated date', () => {
    expect(x.dateMentions.find((m) => m.text === 'on Sunday')?.date).toBe('2024-03-03');
    expect(x.dateMentions.find((m) => m.text === 'on Monday')?.date).toBe('2024-02-26');
  });
  it('keeps offsets exact for every block', () => {
    for (const b of x.blocks) expect(x.text.slice(b.start, b.end)).toBe(b.text);
  });
});

describe('extract (a wire report dated only by its dateline)', () => {
  const lead = 'Oslo, 14. März 2025 – Die Außenministerin von Atlantis trifft am Samstag ihren norwegischen Amtskollegen, um über die Fischereirechte im Nordmeer zu sprechen, teilte ihr Ministerium mit, nachdem die Gespräche im Winter zweimal verschoben worden waren.';
  const text = ['Nachrichten', 'Politik', '', 'Gespräche über Fischereirechte', '', lead, '', 'Die Ministerin traf am Montag bereits Vertreter der Fischerei. Die Verhandlungen gelten als schwierig, weil beide Seiten auf ihren Quoten bestehen.', ''].join('\n');
  const x = extract({ text, format: 'text' });
  it('takes the day the dateline carries as the publication date', () => {
    expect(x.published).toBe('2025-03-14');
    expect(x.dateline).toBe('Oslo');
  });
  it('reads a weekday ahead or back by the tense of its clause', () => {
    expect(x.dateMentions.find((m) => m.text === 'am Samstag')?.date).toBe('2025-03-15');
    expect(x.dateMentions.find((m) => m.text === 'am Montag')?.date).toBe('2025-03-10');
  });
});

describe('extract (a report whose lead opens with its day alone)', () => {
  const lead = 'May 3, 2016 -- Picture a hospital ward where no antibiotic works any more, and the doctors have to watch an infection spread from one bed to the next while they wait for results.';
  const text = ['Health News', 'Email a Friend', '', 'Resistant germs spread in clinics', 'By Ann Other', '', lead, '', 'Every year more patients catch an infection that two or more drugs cannot treat, the agency said, and the number keeps growing in most of the country.', '', 'Doctors say the surest defence is to prescribe fewer of the drugs, and to finish every course that is started, so that the germs have fewer chances to adapt.', ''].join('\n');
  const x = extract({ text, format: 'text' });
  it('takes that day as the publication date, with no place for a dateline', () => {
    expect(x.published).toBe('2016-05-03');
    expect(x.dateline).toBeNull();
  });
});

describe('extract (a headline far above the text)', () => {
  const menu = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => `Section${a + i}`).join('\n');
  const article = [
    'Flood waters rose across northern Italy on Monday as rivers burst their banks after days of heavy rain, and the authorities evacuated several villages near the river Po.',
    'The civil protection agency said more than two thousand people had left their homes overnight, while rescue teams searched for a fisherman reported missing near Ferrara.',
    'Forecasters expect the rain to ease on Wednesday, but warned that the ground is saturated and that further landslides in the hills remain likely over the coming days.',
  ];
  it('names the line a saved page opens with, and keeps the menus between it and the text out of the article', () => {
    const far = 'Our reporters cover the regions of Italy from five offices around the country.';
    const text = `Flood waters rise in northern Italy\n${menu(0, 45)}\n${far}\n${menu(45, 50)}\n\n${article.join('\n\n')}`;
    const x = extract({ text, format: 'text' });
    expect(x.title).toBe('Flood waters rise in northern Italy');
    expect(x.titleDerived).toBeFalsy();
    expect(x.body.join('\n')).not.toContain(far);
    expect(x.body[0]).toBe(article[0]);
  });
});

describe('extract (a headline that ends like a sentence)', () => {
  const article = [
    'Running in the dark was the last thing I wanted to do last winter, and I said so to anyone who asked me about it at the time.',
    'This year the headlamp hangs by the door, the shoes stand ready, and four evenings a week I leave the house after work whatever the weather.',
    'What changed was not the weather but the habit: a short loop at the same time every day, and a friend who waits at the corner at six.',
  ];
  // A question (or a line ending in a full stop) right above the prose was taken for its first
  // paragraph; now it is a candidate, and the ranker names it where it looks like a headline.
  for (const headline of ['Is running in winter really worth it?', 'Is it worth it to go out running in the cold of winter?']) {
    it(`names "${headline}" standing right above the prose, and keeps it out of the body`, () => {
      const text = ['Skip to content', 'Home', 'Blog', 'About', 'Contact', '', 'Posted on 10 February 2019 by Heiko', '', headline, '', article.join('\n\n')].join('\n');
      const x = extract({ text, format: 'text' });
      expect(x.title).toBe(headline);
      expect(x.titleDerived).toBeFalsy();
      expect(x.body[0]).toBe(article[0]);
    });
  }
  // The line under such a headline may be its byline or date line rather than the prose: the
  // headline opening the main text was then read as its first paragraph and the title derived.
  it('names an exclamation opening the text as the headline with its byline between it and the prose', () => {
    const headline = 'Four evenings a week in the dark, and I would not miss one of them!';
    const more = 'By March the loop had grown to ten kilometres, and the friend at the corner had brought two more neighbours along with her.';
    const text = ['Home', 'Blog', '', headline, 'By Heiko Brandt', '', [...article, more].join('\n\n')].join('\n');
    const x = extract({ text, format: 'text' });
    expect(x.title).toBe(headline);
    expect(x.titleDerived).toBeFalsy();
    expect(x.body[0]).toBe(article[0]);
  });
  it('keeps both sentences of a pasted two-line snippet as its text', () => {
    const text = 'The first paragraph names the mayor and the harbour master.\n\nThe second one says that the talks go on next Tuesday.';
    const x = extract({ text, format: 'text' });
    expect(x.body).toEqual(['The first paragraph names the mayor and the harbour master.', 'The second one says that the talks go on next Tuesday.']);
  });
  it('takes no long first sentence for the headline: the title is derived and the sentence stays in the body', () => {
    const text = ['Home', 'Blog', '', article.join('\n\n')].join('\n');
    const x = extract({ text, format: 'text' });
    expect(x.titleDerived).toBe(true);
    expect(x.body[0]).toBe(article[0]);
  });
});

describe('extract (odd input)', () => {
  it('warns on empty input and never throws on garbage', () => {
    expect(extract({ text: '', format: 'text' }).warnings).toEqual(['no article body found']);
    expect(extract({ text: '\u0000\u0001\u0002\n\n\u0007', format: 'text' }).warnings).toContain('no article body found');
    const mixed = 'Привет мир 你好 hello мир '.repeat(3000) + '\n' + 'x'.repeat(50_000) + '\n<div><p>unclosed';
    const t0 = performance.now();
    const x = extract({ text: mixed, format: 'text' });
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(Array.isArray(x.blocks)).toBe(true);
    expect(extract({ text: '<html><body><p>broken <b>markup', format: 'html' }).text).toContain('broken markup');
  });
  it('keeps a short pasted text as the article, under its headline line', () => {
    const x = extract({ text: 'Überschrift eines Berichts\n\nErster Absatz mit Inhalt. Noch ein Satz.\n\nZweiter Absatz.', format: 'text' });
    expect(x).toMatchObject({ title: 'Überschrift eines Berichts', titleDerived: false, warnings: [] });
    expect(x.body).toEqual(['Erster Absatz mit Inhalt. Noch ein Satz.', 'Zweiter Absatz.']);
    const one = extract({ text: 'Ein kurzer Bericht über einen Test. Er hat zwei Sätze.', format: 'text' });
    expect(one.body).toEqual(['Ein kurzer Bericht über einen Test. Er hat zwei Sätze.']);
    expect(one.titleDerived).toBe(true);
  });
  it('uses record hints first', () => {
    const x = extract({ text: 'Erster Satz des Artikels ist hier und lang genug für einen Absatz im Text.', format: 'text', hints: { title: 'Stated', published: '2020-01-02', site: 'Der Standard', lang: 'de', category: 'Inland' } });
    expect(x).toMatchObject({ title: 'Stated', titleDerived: false, published: '2020-01-02', publishedSource: 'record', site: 'Der Standard', section: 'Inland' });
  });
  it('never invents a date', () => {
    const x = extract({ text: 'Ein Text ohne jedes Datum, der aber lang genug ist, um ein Absatz zu sein, und am Montag spielt.', format: 'text' });
    expect(x.published).toBeNull();
    expect(x.publishedSource).toBeNull();
  });
});

describe('extract (a quoted social post near the headline)', () => {
  it('takes neither its date nor its author for the report', () => {
    const text = 'Get your Frontend JavaScript Code Covered\n\nSo finally you are testing your frontend JavaScript code? Great! The more you write tests, the more confident you are.\n\nNot a lot of frontend developers I know actually test their frontend code, and fewer set up coverage.\n\nDrinking game for web devs: think of a noun, google it with .js, drink if a library exists.\n\n— Shay Friedman (@ironshay) August 22, 2013\n\nBlanket.js is an easy to install, easy to configure, and easy to use JavaScript code coverage library.\n';
    const x = extract({ text, format: 'text' });
    expect(x.published).not.toBe('2013-08-22');
    expect(x.author).not.toBe('Shay Friedman');
  });
});

describe('extract (html, markdown)', () => {
  it('renders HTML to text and reads its metadata', () => {
    const html = '<html lang="en"><head><meta property="og:site_name" content="Example Times"><meta property="article:published_time" content="2021-06-01T10:00:00Z"><script>var x=1;</script></head><body><nav><a>Home</a><a>World</a></nav><article><h1>Bridge reopens after repairs</h1><p>The bridge reopened on Tuesday after two years of repairs, the city said in a statement.</p><p>Traffic is expected to return to normal within weeks, officials added.</p></article></body></html>';
    const x = extract({ text: html, format: 'html' });
    expect(x.title).toBe('Bridge reopens after repairs');
    expect(x.site).toBe('Example Times');
    expect(x.published).toBe('2021-06-01T10:00');
    expect(x.text).not.toContain('var x');
    expect(x.body[0]).toMatch(/^The bridge reopened/);
    for (const b of x.blocks) expect(x.text.slice(b.start, b.end)).toBe(b.text);
  });
  it('renders Markdown and takes the first heading as title', () => {
    const x = extract({ text: '# Neue Brücke eröffnet\n\nDie **neue** Brücke wurde am Dienstag nach zwei Jahren Bauzeit für den Verkehr freigegeben, teilte die Stadt mit.\n\n- [Stadtplan](http://x)', format: 'markdown' });
    expect(x.title).toBe('Neue Brücke eröffnet');
    expect(x.text).toContain('Die neue Brücke');
    expect(x.text).not.toContain('**');
  });
  it("takes the outlet a Markdown note's front matter states (source, outlet, publisher; a URL as its host)", () => {
    const note = (front: string) => extract({ text: `---\ntitle: Neue Brücke eröffnet\n${front}\n---\n\nDie neue Brücke wurde am Dienstag nach zwei Jahren Bauzeit freigegeben, teilte die Stadt mit.\n`, format: 'markdown' });
    expect(note('source: Tagesspiegel').site).toBe('Tagesspiegel');
    expect(note('Outlet: "Der Standard"').site).toBe('Der Standard');
    expect(note('publisher: \'taz\'').site).toBe('taz');
    expect(note('source: https://www.tagesspiegel.de/berlin/bruecke-123.html').site).toBe('tagesspiegel.de');
    // An empty key says nothing; the next one that names an outlet does.
    expect(note('source:\npublisher: ntv.de').site).toBe('ntv.de');
    expect(note('author: Jane Doe').site).toBeNull();
    // The body is the note's, not its front matter.
    expect(note('source: Tagesspiegel').text).not.toContain('Tagesspiegel');
  });
});

describe('a dated dateline and weekdays told ahead', () => {
  it('dates a report by its dateline with the agency before the comma, not by a weekday it announces', () => {
    const text = 'Start\nPolitik\nLand plant neue Regeln für Mieten\n'
      + 'Bad Homburg (dpa), 3. Mai 2025 – Die Landesregierung will am Montag neue Regeln für Mieten vorstellen. Das kündigte ein Sprecher am Samstag an. Die Pläne sehen vor, dass Mieten in Städten stärker begrenzt werden als bisher.\n'
      + 'Der Mieterbund begrüßte die Pläne, forderte aber weitere Schritte. Vermieterverbände kritisierten den Vorstoß und warnten vor weniger Neubau.\n'
      + 'Die Opposition kündigte Widerstand im Landtag an. Eine Abstimmung wird für Juni erwartet, sagte ein Sprecher der Fraktion am Abend.\n';
    const x = extract({ text, format: 'text' });
    expect(x.published).toBe('2025-05-03');
    expect(x.publishedSource).toBe('stated');
    expect(x.dateline).toBe('Bad Homburg');
    // Without the dateline's day, the weekdays fix the week: the announced Monday dates nothing.
    const y = extract({ text: text.replace('Bad Homburg (dpa), 3. Mai 2025 – ', 'Bad Homburg (dpa) – ').replace('am Samstag an', 'am Samstag, 3. Mai 2025, an'), format: 'text' });
    expect(y.published).toBe('2025-05-03');
  });
});

describe('a writer named without a label', () => {
  const story = (header: string[]) => extract({
    text: [
      'Home', 'News', 'Science', '',
      'Gigantic telescope opens to astronomers worldwide', '',
      ...header,
      'The observatory in the mountains of the south began taking proposals from researchers abroad this week, its director said on Tuesday, after years of trials.', '',
      'Scientists hope the dish will find fast radio bursts and pulsars that smaller telescopes cannot see, and the first results are expected next spring.', '',
      'The project cost more than a billion dollars and took five years to build, the agency said in a statement on its website.', '',
      'Share', 'Related stories', 'Another telescope closes', '',
    ].join('\n'),
    format: 'text',
  });

  it('takes a name standing alone under the headline, or under a label alone', () => {
    expect(story(['Elizabeth Gibney', '24 September 2019', '']).author).toBe('Elizabeth Gibney');
    expect(story(['Isabel Caro, Rocío Latorre y José Miguel Wilson', '']).author).toBe('Isabel Caro, Rocío Latorre y José Miguel Wilson');
    expect(story(['24 September 2019 11:46 von', 'Patrick Otte', '']).author).toBe('Patrick Otte');
    expect(story(['By', 'Otte', '']).author).toBe('Otte');
    expect(story(['An inquest into the death has been adjourned until July.', 'posted on April 21, 2015, at 11:29 a.m.', 'Mark Di Stefano', 'Science Reporter', '']).author).toBe('Mark Di Stefano');
  });

  it('takes no section, menu pair or phrase for a writer', () => {
    expect(story(['General Information', '24 September 2019', '']).author).toBeNull();
    expect(story(['Themen-Blog Digitalisierung', '']).author).toBeNull();
    expect(story(['Science News', '']).author).toBeNull();
  });
});
