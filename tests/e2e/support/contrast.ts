import { expect, type Page } from '@playwright/test';

/**
 * Visible text whose contrast with what is behind it is under WCAG AA (4.5:1, 3:1 from 24 px or
 * bold 18.66 px), with the opacity of its ancestors; disabled controls and the visually hidden
 * are not looked at.
 */
export function lowContrast(app: Page): Promise<string[]> {
  return app.evaluate(() => {
    type C = { r: number; g: number; b: number; a: number };
    // `rgb(r g b / a)` in 0–255, or `color(srgb r g b / a)` in 0–1 (what color-mix() gives).
    const parse = (c: string): C => {
      const p = (c.replace(/^color\(srgb/, '').match(/[\d.]+/g) ?? []).map(Number);
      const k = c.startsWith('color(') ? 255 : 1;
      return { r: (p[0] ?? 0) * k, g: (p[1] ?? 0) * k, b: (p[2] ?? 0) * k, a: p.length > 3 ? p[3]! : 1 };
    };
    const over = (top: C, bottom: C): C => ({ r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1 });
    const lum = (c: C) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
    };
    const behind = (el: Element): C => {
      const layers: C[] = [];
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c.a > 0) layers.push(c);
        if (c.a >= 1) break;
      }
      let bg = layers.at(-1)?.a === 1 ? layers.pop()! : parse(getComputedStyle(document.body).backgroundColor);
      for (const c of layers.reverse()) bg = over(c, bg);
      return bg;
    };
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (!el || !text || el.closest('.visually-hidden, :disabled, [aria-disabled="true"]')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth) continue;
      const style = getComputedStyle(el);
      if (style.visibility !== 'visible') continue;
      let opacity = 1;
      for (let e: Element | null = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
      const bg = behind(el);
      const fg0 = parse(style.color);
      const fg = over({ ...fg0, a: fg0.a * opacity }, bg);
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a) as [number, number];
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (Number(style.fontWeight) >= 700 && size >= 18.66);
      if (ratio < (large ? 3 : 4.5)) out.push(`${ratio.toFixed(2)}: "${text.slice(0, 40)}" (${el.tagName.toLowerCase()}.${el.className})`);
    }
    return out;
  });
}

/** Steps through every theme the switch offers (system, light, dark, sepia) and checks each once. */
export async function expectReadableInEveryTheme(app: Page) {
  const html = app.locator('html');
  const button = app.getByRole('button', { name: /^Theme:/ });
  const seen = new Set<string>();
  for (let i = 0; i < 4; i++) {
    const theme = (await html.getAttribute('data-theme'))!;
    if (!seen.has(theme)) {
      seen.add(theme);
      // Polled: right after the switch, colours may still be on their way (transitions).
      await expect.poll(() => lowContrast(app), { message: `theme ${theme}` }).toEqual([]);
    }
    await button.click();
  }
  expect([...seen].sort()).toEqual(['dark', 'light', 'sepia']);
}
