/**
 * Site templates as a derived dataset: per site (`core/ingest/site-key.ts`), the keys of the
 * lines its pages hold and in how many pages each stands; lines standing in most of a site's
 * pages are its template (`rule.ts`, `template.ts`). Built per article from its kept source
 * (the site) and text (the lines) and its correction (lines marked outside); kept current in
 * the ingest / re-extraction transaction with what the extraction worker computed.
 */
import type { WriteDb } from '../../store/db';
import { getCorrection } from '../../store/queries/corrections';
import { clearSiteTemplates, putSitePage, removeSitePage, siteSourcesBetween } from '../../store/queries/site-templates';
import { inputFromSource } from '../../ingest/read-input';
import { siteKeyOf } from '../../ingest/site-key';
import { sitePageFor } from '../../ingest/site-page';
import type { DerivedDataset } from '../dataset';

/** Bump when the line key or what a page contributes changes. */
export const SITE_TEMPLATES_VERSION = 1;

/** The site templates' counts, declared for `core/derived`. */
export const siteTemplatesDataset: DerivedDataset = {
  name: 'site-templates',
  version: SITE_TEMPLATES_VERSION,
  clear: clearSiteTemplates,
  build(db, range) {
    // Most libraries hold plain text, which never names a site: those rows cost one read.
    for (const src of siteSourcesBetween(db, range.after, range.upTo)) {
      const site = src.raw ? storedSiteKey({ ...src, raw: src.raw }) : null;
      if (site) putSitePage(db, src.id, sitePageFor(site, src.text, getCorrection(db, src.id))!, true);
    }
  },
  onChange(db, change) {
    // A trashed page still tells what its site's template is: its lines stay counted until purged.
    if (change.kind !== 'added' && change.kind !== 'extracted') return;
    if (change.site === undefined) return;
    if (change.site) putSitePage(db, change.id, change.site, change.kind === 'added');
    else if (change.kind === 'extracted') removeSitePage(db, change.id);
  },
};

/** The site of a stored article, from its kept source (its raw record, not a person's edit). */
export function storedSiteKey(src: Parameters<typeof inputFromSource>[0]): string | null {
  try {
    return siteKeyOf(inputFromSource({ ...src, edited_text: null }));
  } catch {
    // A record no longer readable has no site; it keeps its text and everything else.
    return null;
  }
}

