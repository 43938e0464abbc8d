import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { dragSelect } from './support/selection';

/**
 * Compare, timeline and people & places as a person uses them (issue 6). Run `npm run build` first.
 */

const TKP_TITLE = 'Putins Marathontreffen mit Trumps Gesandten Witkoff';
const DPA_LEAD = /Der US-Sondergesandte Steve Witkoff hat in St\. Petersburg mehr als vier Stunden/;

/** Picks two reports in the list (click + Space, Ctrl/Cmd+click) and compares them with C. */
async function compareTwo(app: Page, first: string | RegExp, second: string | RegExp): Promise<Locator> {
  const list = app.getByRole('listbox', { name: 'Reports' });
  await list.getByRole('option', { name: first }).click();
  await app.keyboard.press('Space');
  // A person sees both reports ticked before asking for the comparison.
  await expect(list.getByRole('option', { name: first })).toHaveAttribute('aria-checked', 'true');
  await list.getByRole('option', { name: second }).click({ modifiers: ['ControlOrMeta'] });
  await expect(list.getByRole('option', { name: second })).toHaveAttribute('aria-checked', 'true');
  await app.keyboard.press('c');
  const view = app.getByRole('region', { name: 'Comparison' });
  await expect(view.locator('article.column')).toHaveCount(2);
  return view;
}

/** Whether a scrolling element stays put over two animation frames (a wheel scroll has ended). */
function restsForTwoFrames(el: Element): Promise<boolean> {
  const at = el.scrollTop;
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(el.scrollTop === at))));
}

/**
 * Drags the mouse over `phrase` in a compare column's text, as a person selects text: from
 * just inside its first character to just inside its last, after scrolling it into view.
 */
async function selectInColumn(app: Page, text: Locator, phrase: string): Promise<void> {
  // The column paints its text after it opens: wait until the phrase is shown, as a person would.
  await expect(text).toContainText(phrase);
  await expect(async () => {
    await dragOver(app, text, phrase);
    expect(await app.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(phrase);
  }).toPass();
}

/** One drag from just inside the phrase's first character to just inside its last. */
async function dragOver(app: Page, text: Locator, phrase: string): Promise<void> {
  const points = await text.evaluate((root, wanted) => {
    const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let node = walk.nextNode() as Text | null;
    while (node && !node.data.includes(wanted)) node = walk.nextNode() as Text | null;
    if (!node) return null;
    node.parentElement!.scrollIntoView({ block: 'center' });
    const at = node.data.indexOf(wanted);
    const box = (from: number) => {
      const r = document.createRange();
      r.setStart(node!, from);
      r.setEnd(node!, from + 1);
      return r.getBoundingClientRect();
    };
    const a = box(at);
    const b = box(at + wanted.length - 1);
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
  }, phrase);
  expect(points, `"${phrase}" is shown in the column`).not.toBeNull();
  const { x1, y1, x2, y2 } = points!;
  await app.mouse.move(x1, y1);
  await app.mouse.down();
  await app.mouse.move(x2, y2, { steps: 8 });
  await app.mouse.up();
}

test('two reports picked in the list are compared side by side with their differences', async ({ app }) => {
  const list = app.getByRole('listbox', { name: 'Reports' });
  // Space picks the selected report; Ctrl/Cmd+click picks another; C compares them.
  await list.getByRole('option', { name: TKP_TITLE }).click();
  await app.keyboard.press('Space');
  await expect(list.getByRole('option', { name: TKP_TITLE })).toHaveAttribute('aria-checked', 'true');
  await list.getByRole('option', { name: DPA_LEAD }).click({ modifiers: ['ControlOrMeta'] });
  await expect(app.getByRole('button', { name: 'Compare (2)' })).toBeEnabled();
  await app.keyboard.press('c');

  const view = app.getByRole('region', { name: 'Comparison' });
  await expect(view.getByRole('heading', { name: 'Comparing 2 reports' })).toBeVisible();
  const columns = view.locator('article.column');
  await expect(columns).toHaveCount(2);
  await expect(columns.nth(0).locator('.s').first()).toBeVisible();
  await expect(columns.nth(1).locator('.s').first()).toBeVisible();
  // Aligned sentences are marked in both columns.
  await expect(columns.nth(0).locator('.s.aligned').first()).toBeVisible();
  await expect(columns.nth(1).locator('.s.aligned').first()).toBeVisible();

  // Choosing the sentence with the duration lights its partner and explains the pair.
  const dpaColumn = view.locator('article.column').filter({ has: app.getByRole('heading', { name: DPA_LEAD }) });
  const duration = dpaColumn.locator('.s.aligned', { hasText: 'vier Stunden' }).first();
  await duration.click();
  await expect(view.locator('.s.partner').first()).toBeVisible();
  const panel = app.getByRole('complementary', { name: 'Differences' });
  await expect(panel).toContainText('vier Stunden');
  await expect(panel).toContainText('Interfax');
  await expect(panel).toContainText('Reuters');

  // Export HTML offers the comparison as a file.
  const [file] = await Promise.all([app.waitForEvent('download'), view.getByRole('button', { name: 'Export HTML' }).click()]);
  expect(file.suggestedFilename()).toMatch(/\.html$/);

  // "Only differences" dims the sentences both reports share word for word; Escape leaves.
  await view.getByRole('switch', { name: 'Only differences' }).check();
  await app.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(app.getByRole('listbox', { name: 'Reports' })).toBeVisible();
});

test('the timeline shows 11 Apr 2025 with its reports; a chip opens the sentence highlighted', async ({ app }) => {
  await app.getByRole('navigation').getByRole('button', { name: 'Timeline' }).click();
  const events = app.getByRole('list', { name: 'Events by date' });
  const onDay = events.getByRole('listitem').filter({ has: app.locator('time', { hasText: /^11 Apr 2025$/ }) });
  // The event several reports date: at least two report chips.
  const shared = onDay.filter({ has: app.locator('.chips > li:nth-child(2)') }).first();
  await expect(shared).toBeVisible();
  expect(await shared.getByRole('button').count()).toBeGreaterThanOrEqual(2);
  // With no report open, the timeline takes the reader's room: more than half the window.
  const reader = app.getByRole('region', { name: 'Reader' });
  await expect(reader).toBeHidden();
  const box = await events.boundingBox();
  expect(box!.width).toBeGreaterThan(app.viewportSize()!.width / 2);
  await shared.getByRole('button').first().click();
  await expect(reader.getByRole('heading', { level: 1 })).toBeVisible();
  const hit = reader.locator('mark.hit').first();
  await expect(hit).toBeVisible();
  await expect(hit).toBeInViewport();
});

test('000 and 003 join "über vier Stunden" and "mehr als vier Stunden", and the panel says why', async ({ app }) => {
  const view = await compareTwo(app, TKP_TITLE, DPA_LEAD);
  const tkp = view.getByRole('article', { name: 'TKP' });
  const sentence = tkp.locator('.s.aligned', { hasText: 'über vier Stunden' }).first();
  await sentence.click();
  const partner = view.locator('.s.partner').first();
  await expect(partner).toContainText('mehr als vier Stunden');
  const panel = app.getByRole('complementary', { name: 'Differences' });
  await expect(panel.locator('.why')).toContainText('same figure: über vier Stunden / mehr als vier Stunden');
  // A place only one of the two sentences names is no difference of names (`Ukraine ↔ —`).
  await expect(panel.locator('li', { hasText: '↔' }).first()).toBeVisible();
  await expect(panel).not.toContainText(/(Ukraine|Russland|Petersburg) ↔ —|— ↔ (Ukraine|Russland|Petersburg)/);
});

test('a figure the partner gives in another sentence: the panel quotes that sentence, and Enter on it shows it in its column', async ({ app }) => {
  const view = await compareTwo(app, TKP_TITLE, DPA_LEAD);
  const tkp = view.getByRole('article', { name: 'TKP' });
  // TKP's "traf sich mit Putin" has no duration; the dpa lead's "mehr als vier Stunden" stands in another TKP sentence.
  await tkp.locator('.s.aligned', { hasText: 'Witkoff besuchte Russland am Freitag' }).first().click();
  const panel = app.getByRole('complementary', { name: 'Differences' });
  await expect(panel).toContainText('same figure, in another sentence of TKP');
  const carrier = panel.getByRole('button', { name: /über vier Stunden/ });
  await expect(carrier).toBeVisible();
  await carrier.focus();
  await app.keyboard.press('Enter');
  await expect(tkp.locator('[data-sentence]', { hasText: 'über vier Stunden' }).first()).toBeInViewport();
});

test('j and k step through the joined sentences of a column, and the panel explains each in turn', async ({ app }) => {
  const view = await compareTwo(app, TKP_TITLE, DPA_LEAD);
  const panel = app.getByRole('complementary', { name: 'Differences' });
  const focusedKey = () => app.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? null);
  /** The focused sentence's words, as the panel quotes them (the class said to screen readers aside). */
  const focusedWords = () => app.evaluate(() => (document.activeElement as HTMLElement).querySelector(':scope > :not(.visually-hidden)')?.textContent ?? (document.activeElement as HTMLElement).textContent!);
  await app.keyboard.press('j');
  const first = await focusedKey();
  expect(first).not.toBeNull();
  await expect(panel.locator('blockquote').filter({ hasText: (await focusedWords()).slice(0, 40) })).toHaveCount(1);
  await app.keyboard.press('j');
  const second = await focusedKey();
  expect(second).not.toBe(first);
  // The same column, further down.
  expect(second!.split(':')[0]).toBe(first!.split(':')[0]);
  expect(Number(second!.split(':')[1])).toBeGreaterThan(Number(first!.split(':')[1]));
  await expect(panel.locator('blockquote').filter({ hasText: (await focusedWords()).slice(0, 40) })).toHaveCount(1);
  await expect(view.locator('.s.partner').first()).toBeInViewport();
  await app.keyboard.press('k');
  expect(await focusedKey()).toBe(first);
});

test('three reports: the panel says whose each quoted sentence is, a cut title is whole on pointing, the texts start level', async ({ app }) => {
  await app.setViewportSize({ width: 1100, height: 760 });
  await app.getByRole('navigation').getByRole('button', { name: 'Stories' }).click();
  await app.getByRole('button', { name: /^Compare this story/ }).first().click();
  const view = app.getByRole('region', { name: 'Comparison' });
  const columns = view.locator('article.column');
  await expect(columns).toHaveCount(3);
  // Heads of other heights (an outlet, a date, a title of one line or two) share one row.
  const tops = await view.locator('article.column .scroll').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  expect(new Set(tops).size, `text tops ${tops.join(', ')}`).toBe(1);
  for (const h of await columns.locator('h2').all()) expect(await h.getAttribute('title')).toBe(await h.textContent());
  await app.keyboard.press('j');
  const panel = app.getByRole('complementary', { name: 'Differences' });
  const cites = panel.locator('blockquote cite');
  await expect(cites).toHaveCount(2);
  const [a, b] = await cites.allInnerTexts();
  await expect(panel.locator('.pair')).toContainText(`${a} ↔ ${b}`);
  // Not "Sources in all reports": the list holds sources one report cites too.
  await expect(panel.getByRole('heading', { name: 'Sources the reports cite' })).toBeVisible();
});

test('the timeline holds 11 Apr 2025 as one readable row that cites the TKP report and the dpa report', async ({ app }) => {
  await app.getByRole('navigation').getByRole('button', { name: 'Timeline' }).click();
  const events = app.getByRole('list', { name: 'Events by date' });
  const onDay = events.locator('.event').filter({ has: app.locator('time', { hasText: /^11 Apr 2025$/ }) });
  await expect(onDay).toHaveCount(1);
  // A phrase in the reports' own words, not a bag of key words.
  await expect(onDay.locator('.label')).toContainText(/Witkoff|Putin|Petersburg/);
  await expect(onDay.locator('.label')).not.toContainText(' · ');
  const chips = onDay.locator('.chips').getByRole('button');
  await expect(chips.filter({ hasText: /TKP/ })).toHaveCount(1);
  // The dpa report (003), whose header says July, is cited through its lead.
  const dpa = onDay.locator('.chip[title*="hat in St. Petersburg mehr als vier Stunden"]');
  await expect(dpa).toHaveCount(1);
  await dpa.click();
  await expect(app.getByRole('region', { name: 'Reader' }).getByRole('heading', { level: 1 })).toBeVisible();
});

test('stories: the April story opens its three reports in the list, and "Compare this story" puts them side by side', async ({ app }) => {
  await app.getByRole('navigation').getByRole('button', { name: 'Stories' }).click();
  const stories = app.getByRole('list', { name: 'Stories' });
  // The seeds make two stories: April 2025 (000, 003, 004) and November–December 2025 (001, 002).
  await expect(stories.getByRole('listitem')).toHaveCount(2);
  const april = stories.getByRole('listitem').filter({ hasText: 'April 2025' });
  await expect(april).toContainText('3 reports');
  await april.getByRole('heading', { level: 3 }).getByRole('button').click();
  const list = app.getByRole('listbox', { name: 'Reports' });
  await expect(list.getByRole('option')).toHaveCount(3);
  await expect(list.getByRole('option', { name: TKP_TITLE })).toBeVisible();
  await expect(list.getByRole('option', { name: DPA_LEAD })).toBeVisible();
  await expect(app.locator('#library-title')).toContainText('Story:');
  await expect(app.getByText('3 of 5 reports')).toBeVisible();
  await app.getByRole('button', { name: /^Compare this story/ }).click();
  const view = app.getByRole('region', { name: 'Comparison' });
  await expect(view.locator('article.column')).toHaveCount(3);
  await expect(view).toContainText(TKP_TITLE);
  // Back to the whole library.
  await app.keyboard.press('Escape');
  await app.getByRole('button', { name: 'Show all reports' }).click();
  await expect(list.getByRole('option')).toHaveCount(5);
});

test('people & places groups Witkoff with Whitkoff', async ({ app }) => {
  await app.getByRole('navigation').getByRole('button', { name: 'People & places' }).click();
  const list = app.getByRole('list', { name: 'People & places' });
  const witkoff = list.getByRole('listitem').filter({ hasText: 'Whitkoff' }).filter({ hasText: 'Witkoff' });
  await expect(witkoff.first()).toBeVisible();
  await witkoff.first().getByRole('button').click();
  await expect(app.getByRole('group', { name: 'Spellings' })).toContainText('Whitkoff');
});

test('a report whose header gives only the month says which day the text points to', async ({ app }) => {
  await app.getByRole('listbox', { name: 'Reports' }).getByRole('option', { name: DPA_LEAD }).click();
  const reader = app.getByRole('region', { name: 'Reader' });
  await expect(reader.getByText('The text points to 11 Apr 2025')).toBeVisible();
});

test('highlights: existing ones show in the compare columns, new ones made there show in the reader too', async ({ app }) => {
  // A highlight made earlier in the reader.
  await app.getByRole('listbox', { name: 'Reports' }).getByRole('option', { name: TKP_TITLE }).click();
  await dragSelect(app, 'über vier Stunden');
  await app.getByRole('toolbar', { name: 'Annotate the selection' }).getByRole('button', { name: 'Highlight', exact: true }).click();
  await expect(app.getByRole('region', { name: 'Reader' }).locator('mark[data-annotation-id]')).toHaveText(['über vier Stunden']);

  const view = await compareTwo(app, TKP_TITLE, DPA_LEAD);
  const tkp = view.getByRole('article', { name: 'TKP' });
  const dpa = view.locator('article.column').filter({ has: app.getByRole('heading', { name: DPA_LEAD }) });
  // The reader's highlight is in the TKP column, in its colour; the dpa column has none yet.
  await expect(tkp.locator('mark[data-annotation-id]')).toHaveText(['über vier Stunden']);
  await expect(tkp.locator('mark[data-annotation-id]')).toHaveAttribute('data-color', 'yellow');
  await expect(dpa.locator('mark[data-annotation-id]')).toHaveCount(0);

  // Select words in the dpa column's text: the same toolbar as in the reader; green highlights them.
  await selectInColumn(app, dpa.locator('.scroll'), 'mehr als vier Stunden');
  const toolbar = app.getByRole('toolbar', { name: 'Annotate the selection' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Green' }).click();
  const mark = dpa.locator('mark[data-annotation-id]');
  await expect(mark).toHaveText(['mehr als vier Stunden']);
  await expect(mark).toHaveAttribute('data-color', 'green');
  // Ending the selection on an aligned sentence did not jump the other column around.
  await expect(tkp.locator('mark[data-annotation-id]')).toBeInViewport();

  // Its popover takes a note, as in the reader.
  const popover = app.getByRole('toolbar', { name: 'Annotation', exact: true });
  await popover.getByRole('button', { name: 'Note', exact: true }).click();
  await popover.getByRole('textbox', { name: 'Note' }).fill('Vergleiche TKP: über vier Stunden');
  await popover.getByRole('button', { name: 'Save' }).click();
  await expect(mark).toHaveClass(/noted/);
  // Escape closes the popover first, then leaves the comparison.
  await mark.click();
  await expect(popover).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(view).toBeVisible();

  // h highlights the focused sentence (keyboard only) in the colour picked last.
  const lead = tkp.locator('.s.aligned').first();
  await lead.focus();
  await app.keyboard.press('h');
  await expect(lead.locator('mark[data-annotation-id]')).toHaveAttribute('data-color', 'green');
  // The status line says so, with Undo; Ctrl/Cmd+Z takes it back.
  await expect(view.getByRole('status').filter({ hasText: 'Highlighted' }).getByRole('button', { name: 'Undo' })).toBeVisible();
  await app.keyboard.press('ControlOrMeta+z');
  await expect(lead.locator('mark[data-annotation-id]')).toHaveCount(0);
  await expect(view.getByRole('status')).toContainText('Change undone');

  await app.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  // In the reader the dpa report carries the highlight and its note.
  await app.getByRole('listbox', { name: 'Reports' }).getByRole('option', { name: DPA_LEAD }).click();
  const reader = app.getByRole('region', { name: 'Reader' });
  const inReader = reader.locator('article mark[data-annotation-id]');
  await expect(inReader).toHaveText(['mehr als vier Stunden']);
  await expect(inReader).toHaveAttribute('data-color', 'green');
  await expect(inReader).toHaveClass(/noted/);
});

/** Two made-up reports with the same 24 sentences; the second opens with 11 of its own. */
const SHARED = [
  'Der Stadtrat von Kassel beschloss am Montag den Bau einer neuen Brücke über die Fulda.',
  'Die Kosten für das Bauwerk schätzt die Verwaltung auf rund 48 Millionen Euro.',
  'Bürgermeisterin Anna Krüger nannte die Entscheidung einen Wendepunkt für den Nordosten der Stadt.',
  'Gegen das Vorhaben hatten Anwohner im Frühjahr mehr als 3000 Unterschriften gesammelt.',
  'Ein Gutachten des Ingenieurbüros Hallmann warnte vor Lärm und Feinstaub an der Zufahrt.',
  'Die Grünen im Rat stimmten geschlossen gegen den Entwurf der Verwaltung.',
  'Die Freien Wähler forderten eine zusätzliche Spur für Radfahrer und Fußgänger.',
  'Nach Angaben des Baudezernats soll der erste Spatenstich im Herbst 2027 erfolgen.',
  'Das Land Hessen will sich mit einem Zuschuss von zwölf Millionen Euro beteiligen.',
  'Der Verkehrsclub ADAC begrüßte den Beschluss als überfällig.',
  'Der Naturschutzbund kündigte dagegen eine Klage vor dem Verwaltungsgericht an.',
  'Am Ufer der Fulda brüten seit Jahren seltene Eisvögel, betonte der Verband.',
  'Während der Bauzeit soll eine Fähre den Verkehr zwischen beiden Ufern übernehmen.',
  'Die Kasseler Verkehrsgesellschaft plant zudem eine neue Buslinie über die Brücke.',
  'Händler in der Innenstadt hoffen auf mehr Kundschaft aus den nördlichen Vororten.',
  'Die Handwerkskammer rechnet mit Aufträgen für regionale Betriebe im Wert von Millionen.',
  'Kritiker verweisen auf die Kostenexplosion beim Umbau des Hauptbahnhofs vor zehn Jahren.',
  'Damals waren die Ausgaben von 30 auf 95 Millionen Euro gestiegen.',
  'Krüger versprach eine unabhängige Kontrolle der Baukosten durch den Rechnungshof.',
  'Eine Bürgerversammlung zu dem Projekt ist für den 14. März in der Stadthalle geplant.',
  'Dort sollen auch die Pläne des Architekten Jonas Wehrle vorgestellt werden.',
  'Wehrle hatte im vergangenen Jahr den Wettbewerb mit einem Entwurf aus Holz und Stahl gewonnen.',
  'Die Opposition will das Thema im Sommer erneut auf die Tagesordnung setzen.',
  'Eine endgültige Genehmigung durch das Regierungspräsidium steht noch aus.',
];
const OWN = [
  'In Göttingen ist am Wochenende ein Lagerhaus am Stadtrand abgebrannt.',
  'Verletzt wurde nach Angaben der Feuerwehr niemand.',
  'Die Polizei in Northeim sucht Zeugen eines Unfalls auf der Bundesstraße 3.',
  'Ein Lastwagen war dort am Dienstagmorgen von der Fahrbahn abgekommen.',
  'Der Zoo in Hannover meldet die Geburt von zwei Schneeleoparden.',
  'Die Jungtiere sollen im Mai erstmals im Außengehege zu sehen sein.',
  'In Hildesheim beginnt nächste Woche die Sanierung der Stadtbibliothek.',
  'Die Bibliothek bleibt deshalb bis zum Jahresende geschlossen.',
  'Beim Stadtlauf in Celle gingen am Sonntag rund 4000 Menschen an den Start.',
  'Sieger wurde ein Student aus Lüneburg mit neuem Streckenrekord.',
  'Und nun zu den Nachrichten aus Nordhessen.',
];
const BRIDGE = 'Kassel baut neue Fulda-Brücke';
const REGION = 'Nachrichten aus der Region';

async function addText(app: Page, title: string, paragraphs: string[]) {
  await app.getByRole('button', { name: 'Add text…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Add text' });
  await dialog.getByRole('textbox', { name: 'Text' }).fill([title, ...paragraphs].join('\n\n'));
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByRole('listbox', { name: 'Reports' }).getByRole('option', { name: title })).toBeVisible();
}

/**
 * Where the sentence at column A's reading line (a third down, where a clicked sentence's
 * partners are brought) stands on screen, and where its copy in column B stands.
 */
async function readingLine(a: Locator, b: Locator): Promise<{ text: string; inA: number; inB: number }> {
  const text = await a.evaluate((el) => {
    const line = el.getBoundingClientRect().top + el.clientHeight / 3;
    const s = [...el.querySelectorAll<HTMLElement>('.s')].find((x) => x.getBoundingClientRect().bottom > line);
    return s?.querySelector('.run')?.textContent ?? '';
  });
  expect(SHARED).toContain(text);
  const top = async (col: Locator) => (await col.locator('.s', { hasText: text }).boundingBox())!.y;
  return { text, inA: await top(a), inB: await top(b) };
}

test('scrolling one column brings the other to the aligned passage; "Sync scrolling" turns it off', async ({ app }) => {
  // The second report holds the first whole, so the list would fold it under the first as a copy.
  await app.getByRole('checkbox', { name: 'Group copies' }).uncheck();
  await addText(app, BRIDGE, SHARED);
  await addText(app, REGION, [...OWN, ...SHARED]);
  const view = await compareTwo(app, BRIDGE, REGION);
  const a = view.getByRole('article', { name: 'Report 1' }).locator('.scroll');
  const b = view.getByRole('article', { name: 'Report 2' }).locator('.scroll');
  await expect(view.getByRole('article', { name: 'Report 1' }).getByRole('heading')).toHaveText(BRIDGE);
  const sync = view.getByRole('switch', { name: 'Sync scrolling' });
  await expect(sync).toBeChecked();

  // The mouse wheel over column 1: column 2 follows, the same sentence at the same height.
  await a.hover();
  await app.mouse.wheel(0, 250);
  await expect.poll(() => a.evaluate((el) => el.scrollTop)).toBeGreaterThan(200);
  await expect.poll(async () => {
    const r = await readingLine(a, b);
    return Math.abs(r.inA - r.inB);
  }).toBeLessThan(4);
  const first = await readingLine(a, b);
  await expect(b.locator('.s', { hasText: first.text })).toBeInViewport();

  // Keyboard scrolling leads too: arrow keys in column 2 move column 1 along.
  const aBefore = await a.evaluate((el) => el.scrollTop);
  await b.focus();
  for (let i = 0; i < 6; i++) await app.keyboard.press('ArrowDown');
  await expect.poll(() => a.evaluate((el) => el.scrollTop)).toBeGreaterThan(aBefore + 100);
  await expect.poll(async () => {
    const r = await readingLine(b, a);
    return Math.abs(r.inA - r.inB);
  }).toBeLessThan(4);

  // S turns sync off: column 1 scrolls alone and column 2 stays where it was.
  await app.keyboard.press('s');
  await expect(sync).not.toBeChecked();
  // Column 2 may still be gliding to the line it followed (a few pixels, on a loaded machine).
  await expect.poll(() => b.evaluate(restsForTwoFrames)).toBe(true);
  const bStill = await b.evaluate((el) => el.scrollTop);
  await a.hover();
  await app.mouse.wheel(0, -500);
  await expect.poll(() => a.evaluate((el) => el.scrollTop)).toBeLessThan(aBefore);
  // Once column 1 has come to rest (and a frame more, when a follower would have moved),
  // column 2 is still where it was.
  await expect.poll(() => a.evaluate(restsForTwoFrames)).toBe(true);
  expect(await b.evaluate((el) => el.scrollTop)).toBe(bStill);
  const apart = await readingLine(a, b);
  expect(Math.abs(apart.inA - apart.inB)).toBeGreaterThan(100);

  // Switched on again, column 2 catches up with the column read last.
  await sync.click();
  await expect(sync).toBeChecked();
  await expect.poll(async () => {
    const r = await readingLine(a, b);
    return Math.abs(r.inA - r.inB);
  }).toBeLessThan(4);
});

test('in the browser, Print / PDF opens the print dialog', async ({ app }) => {
  await app.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  const view = await compareTwo(app, TKP_TITLE, DPA_LEAD);
  await view.getByRole('button', { name: 'Print / PDF' }).click();
  await expect.poll(() => app.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await app.keyboard.press('ControlOrMeta+p');
  await expect.poll(() => app.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2);
});
