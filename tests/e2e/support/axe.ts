import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import { REPO_ROOT } from './server';

/** axe-core's browser bundle, read once per worker and injected into each page. */
const AXE_SOURCE = readFileSync(join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export type Theme = 'light' | 'dark' | 'sepia';
export const THEMES: readonly Theme[] = ['light', 'dark', 'sepia'];

/**
 * Rules switched off for the whole app, each with its reason. Everything else axe knows (WCAG
 * 2.0–2.2 A/AA and its best practices) runs.
 */
const DISABLED_RULES: Record<string, string> = {
  // The app is one window of regions (navigation, list, reader, complementary panels); axe's
  // "all content in landmarks" counts each floating status line and dialog's backdrop as
  // content outside one. It is a best practice for web pages, not a WCAG criterion.
  region: 'best practice for documents, misfires on an app of floating layers',
};

async function inject(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  // Evaluated, not added as a <script>: the app's CSP (script-src 'self') refuses inline scripts,
  // and the test must not loosen it.
  await page.evaluate(AXE_SOURCE);
}

/** One violation of a view, worded for the failure message: rule, impact, where, what. */
export interface Finding {
  view: string;
  theme: Theme;
  rule: string;
  impact: string;
  targets: string[];
  summary: string;
}

function findings(view: string, theme: Theme, violations: Result[]): Finding[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => ({
      view,
      theme,
      rule: v.id,
      impact: n.impact ?? v.impact ?? 'unknown',
      targets: n.target.map(String),
      summary: (n.failureSummary ?? v.help).split('\n').slice(0, 3).join(' '),
    })),
  );
}

/** Waits until no CSS transition runs (a theme switch fades its colours; axe must see the end). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'));
}

/**
 * Runs axe on the page as it is now: every rule in the light theme, then colour contrast alone
 * in dark and sepia (the only rule a theme can change). The theme is set on `<html>` as
 * ThemeState does, not through its button, so an open popover or dialog stays open and keeps
 * the keyboard. Returns every violation, whatever its impact; the caller decides.
 */
export async function audit(page: Page, view: string): Promise<Finding[]> {
  await inject(page);
  const before = await page.evaluate(() => document.documentElement.dataset.theme ?? 'light');
  const out: Finding[] = [];
  try {
    for (const theme of THEMES) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      await settled(page);
      const options: RunOptions =
        theme === 'light'
          ? { resultTypes: ['violations'], rules: Object.fromEntries(Object.keys(DISABLED_RULES).map((id) => [id, { enabled: false }])) }
          : { resultTypes: ['violations'], runOnly: { type: 'rule', values: ['color-contrast'] } };
      const result = await page.evaluate((o) => (window as unknown as { axe: { run(c: Document, o: unknown): Promise<AxeResults> } }).axe.run(document, o), options);
      out.push(...findings(view, theme, result.violations));
    }
  } finally {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), before);
  }
  return out;
}

/** The findings a person is kept out by: axe's "serious" and "critical". */
export function blocking(all: Finding[]): string[] {
  return all
    .filter((f) => f.impact === 'serious' || f.impact === 'critical')
    .map((f) => `${f.view} [${f.theme}] ${f.rule} (${f.impact}) ${f.targets.join(' ')}: ${f.summary}`);
}
