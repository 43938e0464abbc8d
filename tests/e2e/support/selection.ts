import { expect, type Page } from '@playwright/test';

/** Where a phrase of the reader's text stands on screen: its first and last line boxes. */
export interface TextBoxes {
  start: { x: number; y: number };
  end: { x: number; y: number };
}

/**
 * Finds `phrase` in the reader's article text (inside one text node) and returns points just
 * inside its first and last character, found with a DOM Range in the page. Scrolls it into
 * view first. Fails the test when the phrase is not shown.
 */
export async function phraseBoxes(page: Page, phrase: string): Promise<TextBoxes> {
  // The reader paints an article after it opens (and repaints once highlights are placed):
  // look again until the phrase is shown, as a person's eye would.
  let boxes: TextBoxes | null = null;
  await expect
    .poll(async () => (boxes = await findPhrase(page, phrase)), { message: `"${phrase}" is shown in the reader` })
    .not.toBeNull();
  return boxes!;
}

function findPhrase(page: Page, phrase: string): Promise<TextBoxes | null> {
  return page.evaluate((phrase) => {
    const root = document.querySelector('#reader article');
    if (!root) return null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf(phrase);
      if (at < 0) continue;
      n.parentElement?.scrollIntoView({ block: 'center' });
      const first = document.createRange();
      first.setStart(n, at);
      first.setEnd(n, at + 1);
      const last = document.createRange();
      last.setStart(n, at + phrase.length - 1);
      last.setEnd(n, at + phrase.length);
      const a = first.getBoundingClientRect();
      const b = last.getBoundingClientRect();
      return { start: { x: a.left + 1, y: a.top + a.height / 2 }, end: { x: b.right - 1, y: b.top + b.height / 2 } };
    }
    return null;
  }, phrase);
}

/**
 * Selects `phrase` in the reader by dragging the mouse over it, as a person would; drags again
 * if the text moved under the mouse (a late repaint) and the selection came out different.
 */
export async function dragSelect(page: Page, phrase: string): Promise<void> {
  await expect(async () => {
    const { start, end } = await phraseBoxes(page, phrase);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
    await page.mouse.move(end.x, end.y, { steps: 4 });
    await page.mouse.up();
    expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe(phrase);
  }).toPass();
}
