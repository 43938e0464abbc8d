import type { Page } from '@playwright/test';

/**
 * Notes what a screen reader would say from now on: each new text of a live region (polite, or a
 * status not set to `aria-live="off"`) already in the page; a region that comes with its text
 * already in it is not said (NVDA, VoiceOver in Chromium), so it is only noted as it is.
 */
export async function listen(page: Page): Promise<void> {
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    const last = new WeakMap<Element, string>();
    const liveOf = (el: Element): Element | null => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const live = e.getAttribute('aria-live');
        if (live) return live === 'off' ? null : e;
        if (['status', 'alert', 'log'].includes(e.getAttribute('role') ?? '')) return e;
      }
      return null;
    };
    const scan = (say: boolean) => {
      for (const r of document.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"]')) {
        if (liveOf(r) !== r) continue;
        const text = (r.textContent ?? '').replace(/\s+/g, ' ').trim();
        const before = last.get(r);
        last.set(r, text);
        if (say && before !== undefined && text !== before && text) heard.push(text);
      }
    };
    scan(false);
    new MutationObserver(() => scan(true)).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** What was said since `listen`, in order. */
export const heard = (page: Page) => page.evaluate(() => (window as unknown as { heard: string[] }).heard);
