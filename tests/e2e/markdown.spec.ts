import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { dragSelect, phraseBoxes } from './support/selection';
import { audit, blocking } from './support/axe';

/**
 * A Markdown (and an HTML) report read with its structure: imported with the file picker, it shows its
 * subheadings as headings, its lists as lists (nested, numbered), its quotes set off (one
 * holding a list); a list item and a heading take a highlight, and a selection across two list
 * items makes one highlight over both. Run `npm run build` first.
 */

const TITLE = 'Waffenruhe in Genf vereinbart';
const REPORT = `# ${TITLE}

Die Delegationen haben sich nach drei Tagen in Genf auf eine Waffenruhe verständigt, wie beide Seiten am Dienstagabend mitteilten. Die Gespräche dauerten bis tief in die Nacht, Einzelheiten nannten die Unterhändler zunächst nicht.

## Was die *Delegationen* vereinbart haben

- Eine Waffenruhe an der gesamten Front
- Ein Austausch der Gefangenen
  - zuerst die Verwundeten
  - danach alle übrigen
- Weitere Gespräche in Istanbul

Beobachter in Genf blieben vorsichtig, denn frühere Runden hatten ähnlich hoffnungsvoll begonnen und waren nach wenigen Tagen gescheitert.

> Wir sind einen Schritt weiter, als wir es vor einer Woche für möglich hielten.
>
> 1. Die Waffen schweigen ab Montag
> 2. Die Gefangenen kommen im Mai frei

Die Außenminister wollen sich nach Angaben aus Delegationskreisen Anfang Juni in Istanbul treffen, um die nächsten Schritte zu besprechen.
`;

async function importReport(app: Page): Promise<Locator> {
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles({ name: 'genf.md', mimeType: 'text/markdown', buffer: Buffer.from(REPORT, 'utf8') });
  await expect(app.getByRole('status').filter({ hasText: 'Import finished' })).toContainText('Added: 1');
  await app.getByRole('listbox', { name: 'Reports' }).getByRole('option', { name: TITLE }).click();
  const reader = app.getByRole('region', { name: 'Reader' });
  await expect(reader.getByRole('heading', { level: 1 })).toContainText(TITLE);
  return reader;
}


async function highlight(app: Page): Promise<void> {
  const toolbar = app.getByRole('toolbar', { name: 'Annotate the selection' });
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Highlight', exact: true }).click();
  // Close the new highlight's popover, as a person moving on would.
  await app.keyboard.press('Escape');
}

test('a Markdown report shows its heading, lists and quote as such, and takes highlights in them', async ({ app }) => {
  const reader = await importReport(app);
  const body = reader.locator('article .body');

  // The subheading is a heading, its emphasis part of its name; it is not a paragraph.
  await expect(body.getByRole('heading', { level: 2, name: 'Was die Delegationen vereinbart haben' })).toBeVisible();
  // The list: three items, the second holding a list of two; the markers are the list's, not the text's.
  const list = body.locator(':scope > ul');
  await expect(list.locator(':scope > li')).toHaveCount(3);
  await expect(list.locator(':scope > li').first()).toHaveText('Eine Waffenruhe an der gesamten Front');
  await expect(list.locator(':scope > li').nth(1).locator(':scope > ul > li')).toHaveText(['zuerst die Verwundeten', 'danach alle übrigen']);
  // The quote holds its sentence and a numbered list.
  const quote = body.locator(':scope > blockquote');
  await expect(quote).toContainText('Wir sind einen Schritt weiter');
  await expect(quote.locator('ol > li')).toHaveText(['Die Waffen schweigen ab Montag', 'Die Gefangenen kommen im Mai frei']);
  await expect(body.locator('p', { hasText: '- Eine Waffenruhe' })).toHaveCount(0);
  // Nothing serious for axe in the structure, in light, dark and sepia (contrast of markers and rules).
  expect(blocking(await audit(app, 'Markdown report'))).toEqual([]);

  // One selection from the first item into the third (made first: a highlight's popover may cover the list): one highlight, painted in each item it covers.
  // Both ends found after the one scroll that brings the list into view (each look scrolls).
  await phraseBoxes(app, 'danach alle übrigen');
  const [from, to] = await app.evaluate(([a, b]) => {
    const at = (phrase: string, end: boolean) => {
      const walker = document.createTreeWalker(document.querySelector('#reader article')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(phrase);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, end ? i + phrase.length - 1 : i);
        r.setEnd(n, end ? i + phrase.length : i + 1);
        const box = r.getBoundingClientRect();
        return { x: end ? box.right - 1 : box.left + 1, y: box.top + box.height / 2 };
      }
      throw new Error(`not shown: ${phrase}`);
    };
    return [at(a, false), at(b, true)];
  }, ['gesamten Front', 'Weitere Gespräche'] as const);
  await app.mouse.move(from.x, from.y);
  await app.mouse.down();
  await app.mouse.move(to.x, to.y, { steps: 6 });
  await app.mouse.up();
  await highlight(app);
  const third = list.locator(':scope > li').nth(2).locator('mark[data-annotation-id]');
  await expect(third).toHaveText('Weitere Gespräche');
  const id = await third.getAttribute('data-annotation-id');
  await expect(list.locator(':scope > li').first().locator(`mark[data-annotation-id="${id}"]`)).toHaveText('gesamten Front');
  await expect(list.locator(`:scope > li:nth-child(2) > ul mark[data-annotation-id="${id}"]`)).toHaveText(['zuerst die Verwundeten', 'danach alle übrigen']);

  // A highlight inside a list item.
  await dragSelect(app, 'Austausch der Gefangenen');
  await highlight(app);
  // Inside the longer highlight: its own mark, nested in that one's.
  await expect(list.locator(':scope > li').nth(1).locator(`mark[data-annotation-id]:not([data-annotation-id="${id}"])`)).toHaveText('Austausch der Gefangenen');

  // A highlight inside the heading.
  await dragSelect(app, 'Delegationen vereinbart');
  await highlight(app);
  await expect(body.getByRole('heading', { level: 2 }).locator('mark[data-annotation-id]')).toHaveText('Delegationen vereinbart');

  // After a reload the highlights stand where they were made.
  await app.reload();
  await app.getByRole('listbox', { name: 'Reports' }).getByRole('option', { name: TITLE }).click();
  await expect(body.getByRole('heading', { level: 2 }).locator('mark[data-annotation-id]')).toHaveText('Delegationen vereinbart');
  await expect(reader.locator(`article li mark[data-annotation-id]:not([data-annotation-id="${id}"])`)).toHaveText('Austausch der Gefangenen');
  await expect(reader.locator(`article li mark[data-annotation-id="${id}"]`).last()).toHaveText('Weitere Gespräche');
});

test('the compare view shows the Markdown report’s heading, list and quote in its column', async ({ app }) => {
  await importReport(app);
  const list = app.getByRole('listbox', { name: 'Reports' });
  await list.getByRole('option', { name: TITLE }).click();
  await app.keyboard.press('Space');
  await expect(list.getByRole('option', { name: TITLE })).toHaveAttribute('aria-checked', 'true');
  await list.getByRole('option', { name: 'Putins Marathontreffen mit Trumps Gesandten Witkoff' }).click({ modifiers: ['ControlOrMeta'] });
  await app.keyboard.press('c');
  const view = app.getByRole('region', { name: 'Comparison' });
  await expect(view.locator('article.column')).toHaveCount(2);
  const column = view.locator('article.column').filter({ hasText: 'Eine Waffenruhe an der gesamten Front' });
  await expect(column.getByRole('heading', { level: 2, name: 'Was die Delegationen vereinbart haben' })).toBeVisible();
  await expect(column.locator('.text > ul > li')).toHaveCount(3);
  await expect(column.locator('.text > ul > li').nth(1).locator('ul > li')).toHaveCount(2);
  await expect(column.locator('.text > blockquote ol > li')).toHaveCount(2);
  // The plain-text report beside it: paragraphs as before.
  const other = view.locator('article.column').filter({ hasNotText: 'Eine Waffenruhe an der gesamten Front' });
  await expect(other.locator('.text > p').first()).toBeVisible();
  await expect(other.locator('.text ul, .text h2')).toHaveCount(0);
});

test('an HTML report shows its subheading, numbered list and quote as such', async ({ app }) => {
  const html = `<!doctype html><html lang="de"><head><title>Hafen wird ausgebaut</title></head><body><article>
    <h1>Hafen wird ausgebaut</h1>
    <p>Der Stadtrat hat am Donnerstag beschlossen, den Hafen in drei Abschnitten auszubauen, wie die Verwaltung am Abend mitteilte. Die Arbeiten sollen im Frühjahr beginnen.</p>
    <h3>Die drei Abschnitte des Ausbaus</h3>
    <ol><li>Zuerst wird die alte Kaimauer auf der ganzen Länge des Nordbeckens erneuert und verstärkt.</li>
    <li>Danach entsteht am Südufer ein neues Terminal für die Fähren nach Skandinavien.</li>
    <li>Zuletzt wird die Zufahrt vertieft, damit auch größere Schiffe den Hafen anlaufen können.</li></ol>
    <blockquote><p>Wir bauen den Hafen für die nächsten fünfzig Jahre, und wir bauen ihn in Abschnitten, die wir bezahlen können.</p></blockquote>
    <p>Die Opposition kritisierte die Kosten, die nach Schätzungen der Verwaltung bei rund vierzig Millionen Euro liegen, als zu niedrig angesetzt.</p>
  </article></body></html>`;
  const chooser = app.waitForEvent('filechooser');
  await app.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles({ name: 'hafen.html', mimeType: 'text/html', buffer: Buffer.from(html, 'utf8') });
  await expect(app.getByRole('status').filter({ hasText: 'Import finished' })).toContainText('Added: 1');
  await app.getByRole('listbox', { name: 'Reports' }).getByRole('option', { name: 'Hafen wird ausgebaut' }).click();
  const body = app.getByRole('region', { name: 'Reader' }).locator('article .body');
  await expect(body.getByRole('heading', { level: 3, name: 'Die drei Abschnitte des Ausbaus' })).toBeVisible();
  await expect(body.locator(':scope > ol > li')).toHaveCount(3);
  await expect(body.locator(':scope > blockquote')).toContainText('Wir bauen den Hafen für die nächsten fünfzig Jahre');
});
