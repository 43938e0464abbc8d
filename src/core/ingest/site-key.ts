/**
 * The site a page belongs to, for its template (`core/derived/site-templates`). Known before
 * extraction, so the template can go to the extraction worker with the page:
 *
 * 1. the host of the page's address — a JSON record's `url`, or an HTML page's canonical or
 *    `og:url` link — lowercased, without `www.`; an archived copy
 *    (`web.archive.org/web/<time>/<address>`) counts as the site it archived. A site's pages
 *    come out of one CMS template per host, so this is the most reliable key;
 * 2. else the outlet a JSON record names (`site`/`outlet`/`source`), folded: `outlet:spiegel`.
 *
 * Plain text carries neither (what the page says of itself is known only after extraction),
 * so a plain-text page has no site and no template.
 */
import { foldText } from '../text/fold';
import type { RecordHints } from './extract/index';

/** Bytes of an HTML page searched for its address (the `<head>`). */
const HEAD_CHARS = 64_000;

/** The host of an address, or null. */
export function hostOf(url: string): string | null {
  let u = url.trim();
  const archived = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(.+)$/i.exec(u);
  if (archived) u = archived[1]!;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(u)) u = `https://${u}`;
  try {
    const host = new URL(u).hostname.toLowerCase().replace(/^www\d*\./, '');
    return host.includes('.') ? host : null;
  } catch {
    return null;
  }
}

/** An HTML page's own address: `<link rel=canonical>` or `<meta property=og:url>`. */
function htmlAddress(html: string): string | null {
  const head = html.slice(0, HEAD_CHARS);
  for (const tag of head.match(/<(?:link|meta)\b[^>]{0,600}>/gi) ?? []) {
    if (!/\brel\s*=\s*["']?canonical\b|\bproperty\s*=\s*["']og:url["']/i.test(tag)) continue;
    const v = /\b(?:href|content)\s*=\s*["']([^"']{1,2000})["']/i.exec(tag);
    if (v && /^https?:\/\//i.test(v[1]!)) return v[1]!;
  }
  return null;
}

/** The site key of an input, or null when it names no site. */
export function siteKeyOf(input: { text: string; extractAs: 'text' | 'html' | 'markdown'; hints?: RecordHints | undefined }): string | null {
  const url = input.hints?.url ?? (input.extractAs === 'html' ? htmlAddress(input.text) : null);
  const host = url ? hostOf(url) : null;
  if (host) return host;
  const outlet = input.hints?.site?.trim();
  return outlet ? `outlet:${foldText(outlet).replace(/\s+/g, ' ').slice(0, 200)}` : null;
}
