/**
 * Which of a site's lines are its template: the rule, apart from where the counts are kept, so
 * the library (`queries/site-templates.ts`) and the leave-one-page-out evaluation
 * (`eval/templates/`) apply the same one.
 *
 * The thresholds were chosen by `npm run eval:templates` (see the extraction README): a line is
 * template when the site has at least `MIN_SITE_PAGES` other pages and the line stands in at
 * least `MIN_SHARE` of them (and in two at least). A line a person marked as outside the
 * article on one page (`outside`) is template on every other page of the site it stands in.
 */

/** Fewest other pages of a site before any of its lines is a template line. */
export const MIN_SITE_PAGES = 2;
/** Share of the site's other pages a line must stand in. */
export const MIN_SHARE = 0.5;

/**
 * How often one line stands in a site's OTHER pages (never the page being extracted: no page
 * learns its template from itself): in how many, and on how many a person marked it outside.
 */
export interface LineCount {
  key: number;
  pages: number;
  outside: number;
}

/** Thresholds of the rule (the defaults are the measured ones). */
export interface TemplateRule {
  minSitePages: number;
  minShare: number;
}

export const DEFAULT_RULE: TemplateRule = { minSitePages: MIN_SITE_PAGES, minShare: MIN_SHARE };

/** The fewest other pages a line must stand in, when the site has `others` other pages (null: too few). */
export function minLinePages(others: number, rule: TemplateRule = DEFAULT_RULE): number | null {
  if (others < rule.minSitePages) return null;
  return Math.max(2, Math.ceil(rule.minShare * others));
}

/**
 * Whether a line is template for a page of a site with `others` other pages. A person's mark
 * weighs more than any count: a line marked outside on another page is template wherever it
 * recurs, however few pages the site has.
 */
export function isTemplateLine(c: LineCount, others: number, rule: TemplateRule = DEFAULT_RULE): boolean {
  if (c.outside > 0) return true;
  const min = minLinePages(others, rule);
  return min !== null && c.pages >= min;
}
