import type { Page } from '@playwright/test';

/** Where the keyboard is and whether a person sees it there. */
export interface FocusStop {
  /** Tag, role and accessible-ish name of the focused element, for messages. */
  what: string;
  /** Nothing focused but the page itself. */
  onPage: boolean;
  /** Why the ring does not show (null: it shows, ≥ 2 px, ≥ 3:1 against what is around it). */
  problem: string | null;
}

/**
 * The focused element and its ring in light, dark and sepia: `:focus-visible` must match, the
 * indicator reach 3:1 (WCAG 1.4.11) against what is around it: an outline (≥ 2 px) against the
 * background it is drawn over, an inset shadow ring (≥ 2 px) against the element's own (outside the element, offset ≥ 0, that is its parent's, composited
 * as in `contrast.ts`); without one, the element's fill, or the fill of the current row of a
 * list that keeps the keyboard itself (aria-activedescendant), against its parent's.
 */
export function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    type C = { r: number; g: number; b: number; a: number };
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
    const behind = (from: Element | null): C => {
      const layers: C[] = [];
      for (let e = from; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c.a > 0) layers.push(c);
        if (c.a >= 1) break;
      }
      let bg = layers.at(-1)?.a === 1 ? layers.pop()! : parse(getComputedStyle(document.body).backgroundColor);
      for (const c of layers.reverse()) bg = over(c, bg);
      return bg;
    };
    const contrast = (a: C, b: C) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { what: 'the page', onPage: true, problem: 'the keyboard is on the page' };
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const what = `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${name}"`;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return { what, onPage: false, problem: 'focused but not shown' };
    if (!el.matches(':focus-visible')) return { what, onPage: false, problem: 'no :focus-visible' };
    // The ring in each theme, read at once: the theme is the attribute ThemeState sets, and
    // styles are computed synchronously after it changes (the ring's colours have no transition).
    const root = document.documentElement;
    const was = root.dataset.theme;
    const problems: string[] = [];
    try {
      for (const theme of ['light', 'dark', 'sepia']) {
        root.dataset.theme = theme;
        const s = getComputedStyle(el);
        const width = parseFloat(s.outlineWidth);
        let ratio: number;
        let kind: string;
        if (s.outlineStyle !== 'none' && width >= 2) {
          // An outline drawn inside the element (negative offset) lies over its own background.
          const bg = behind(parseFloat(s.outlineOffset) < 0 ? el : el.parentElement);
          ratio = contrast(over(parse(s.outlineColor), bg), bg);
          kind = 'ring';
        } else if (/inset/.test(s.boxShadow) && /\b0px 0px 0px ([2-9]|\d\d)/.test(s.boxShadow)) {
          // A ring drawn as an inset shadow (the scrolling panes: an outline would be clipped).
          ratio = contrast(over(parse(/^(rgba?|color)\([^)]*\)/.exec(s.boxShadow)?.[0] ?? ''), behind(el)), behind(el));
          kind = 'inset ring';
        } else {
          // No ring: a fill shows the focus instead (a menu item), or, in a list that keeps the
          // keyboard on itself (aria-activedescendant), the fill of its current row.
          const active = el.getAttribute('aria-activedescendant');
          const shown = active ? document.getElementById(active) : el;
          if (!shown) {
            problems.push(`outline ${s.outlineStyle}, no current row`);
            break;
          }
          ratio = contrast(behind(shown), behind(shown.parentElement));
          kind = active ? 'current row' : `outline ${s.outlineStyle}, fill`;
        }
        if (ratio < 3) problems.push(`${theme} ${kind} ${ratio.toFixed(2)}:1`);
      }
    } finally {
      if (was === undefined) delete root.dataset.theme;
      else root.dataset.theme = was;
    }
    return { what, onPage: false, problem: problems.length > 0 ? problems.join(', ') : null };
  });
}

/**
 * Presses Tab (Shift+Tab with `back`) up to `max` times and checks the ring at every stop;
 * stops early at a stop `until` accepts. Returns the problems seen and whether `until` was met.
 */
export async function tabWalk(page: Page, max: number, until?: (what: string) => boolean, back = false): Promise<{ problems: string[]; reached: boolean }> {
  const problems: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const stop = await focusStop(page);
    // Past the last control the browser moves the keyboard to its own address bar (the page
    // shows as focused); the next Tab comes back. Electron's window has no such bar.
    if (stop.problem && !stop.onPage) problems.push(`${stop.what}: ${stop.problem}`);
    if (until?.(stop.what)) return { problems, reached: true };
  }
  return { problems, reached: until === undefined };
}
