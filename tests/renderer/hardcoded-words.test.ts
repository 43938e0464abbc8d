import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every word a person reads in the window comes from the catalogues (`i18n.m`), so a German UI
 * shows no English: a word written into a component's markup (text, a tool tip, an accessible
 * name, a placeholder) is shown in every language as it is. This reads each component's markup
 * for such words.
 */

const ROOT = join(__dirname, '../../src/renderer/src');
/** Attributes a person reads or hears. */
const SAID = ['placeholder', 'title', 'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'alt', 'label'];
/** A quoted literal with a word in it (two letters running). */
const WORDY_LITERAL = /(['"`])((?:(?!\1).)*\p{L}{2}(?:(?!\1).)*)\1/gu;

/** Text that is the same in every language: the typography button's sample letters. */
const AS_WRITTEN = new Set(['Aa']);

function components(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? components(join(dir, e.name)) : e.name.endsWith('.svelte') ? [join(dir, e.name)] : []));
}

/** The markup of a component: without its script, style and comments. */
function markup(source: string): string {
  return source.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '');
}

/** The value of each said attribute, `name="…"` or `name={…}` (one level of braces inside). */
function saidAttributes(html: string): { name: string; value: string; braced: boolean }[] {
  const out: { name: string; value: string; braced: boolean }[] = [];
  const re = new RegExp(`\\s(${SAID.join('|')})=(?:"([^"]*)"|\\{((?:[^{}]|\\{[^{}]*\\})*)\\})`, 'g');
  for (const m of html.matchAll(re)) out.push({ name: m[1]!, value: m[2] ?? m[3]!, braced: m[3] !== undefined });
  return out;
}

describe('component markup', () => {
  it('names, tool tips and placeholders come from the catalogues, not words written in a component', () => {
    const found: string[] = [];
    for (const file of components(ROOT)) {
      const html = markup(readFileSync(file, 'utf8'));
      for (const a of saidAttributes(html)) {
        // A braced value's expressions are fine; its quoted literals with words are not (keys and classes aside).
        const parts = a.braced
          ? [...a.value.matchAll(WORDY_LITERAL)].map((m) => m[2]!.replace(/\$\{[^}]*\}/g, ' ')).filter((s) => /\p{L}{2}/u.test(s) && (!/^[\w-]+$/.test(s.trim()) || /^[A-Z]/.test(s)))
          : (a.value.replace(/\{[^}]*\}/g, ' ').match(/\p{L}{2,}/gu) ?? []);
        for (const p of parts) found.push(`${relative(ROOT, file)}: ${a.name}: ${p}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('text between tags comes from the catalogues', () => {
    const found: string[] = [];
    for (const file of components(ROOT)) {
      const html = markup(readFileSync(file, 'utf8'));
      // Expressions (one level of braces inside) and tags out: what is left is shown as written.
      const text = html
        // Entities, and code shown as the person types it (an address), are not words.
        .replace(/&\w+;/g, ' ')
        .replace(/<code>[\s\S]*?<\/code>/g, ' ')
        .replace(/\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}/g, ' ').replace(/<[^>]*>/g, ' ');
      for (const w of text.match(/\p{L}{2,}/gu) ?? []) if (!AS_WRITTEN.has(w)) found.push(`${relative(ROOT, file)}: ${w}`);
    }
    expect(found).toEqual([]);
  });
});
