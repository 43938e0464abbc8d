/**
 * The article as one main region with holes. Each line's probability of being main text
 * (`model.ts`) becomes a value — positive above `tau`, negative below, weighted by the line's
 * length so a long paragraph outweighs a menu item — and the span with the largest sum
 * (Kadane's algorithm, linear) is the article. Inside it, lines the model rejects (an ad label,
 * "0 comments", a credit, "Lesen Sie auch") are folded where they stand: one marker line costs
 * its own value and never reclassifies the rest of the page.
 */
import type { Line } from './segment';
import { bestSpan } from './content';

/** Comments are never part of the article: their value walls the region in. */
const WALL = -1e9;
const NONE: ReadonlySet<number> = new Set();

/** The main region and the lines inside it to fold away. */
export interface Region {
  span: [number, number];
  holes: Set<number>;
}

/** The value of one line for the region scan. */
export function lineValue(p: number, line: Line, tau: number): number {
  return (p - tau) * (1 + Math.log1p(line.words));
}

/**
 * Finds the main region from per-line probabilities `p`; `isWall(i)` marks lines that may not
 * be inside it. `template` holds the lines of the site's template (`template.ts`): they are
 * worth nothing to the scan (they neither open a region nor cut one) and are holes where the
 * region spans them. Null when no line is likely enough main text.
 */
export function mainRegion(lines: Line[], p: readonly number[], isWall: (i: number) => boolean, tau: number, hole: number, fixed: FixedEnds = {}, template: ReadonlySet<number> = NONE): Region | null {
  const values = lines.map((l, i) => (isWall(i) ? WALL : template.has(i) ? 0 : lineValue(p[i]!, l, tau)));
  const span = fixedSpan(values, fixed) ?? bestSpan(values);
  if (!span) return null;
  const holes = new Set<number>();
  for (let i = span[0]; i <= span[1]; i++) if ((p[i]! < hole || template.has(i)) && i !== fixed.start && i !== fixed.end) holes.add(i);
  return { span, holes };
}

/** Lines a person fixed as the article's first and last (see `ExtractionCorrection`). */
export interface FixedEnds { start?: number; end?: number }

/**
 * The span with the fixed ends: both given, they are the span; one given, the other is where
 * the sum from it is largest (stopping at a wall). Null when no end is fixed.
 */
export function fixedSpan(values: readonly number[], { start, end }: FixedEnds): [number, number] | null {
  if (start !== undefined && end !== undefined) return start <= end ? [start, end] : [end, start];
  if (start !== undefined) {
    let sum = 0, best = -Infinity, at = start;
    for (let i = start; i < values.length && (i === start || values[i]! > WALL); i++) {
      sum += values[i]!;
      if (sum > best) { best = sum; at = i; }
    }
    return [start, at];
  }
  if (end !== undefined) {
    let sum = 0, best = -Infinity, at = end;
    for (let i = end; i >= 0 && (i === end || values[i]! > WALL); i--) {
      sum += values[i]!;
      if (sum > best) { best = sum; at = i; }
    }
    return [at, end];
  }
  return null;
}

/**
 * The last line of the page's chrome: a skip link ("Zum Hauptinhalt springen", "Skip to
 * content") says the main content comes after it, so nothing above the first one opens the
 * article (a browser or cookie notice above it reads like prose). Only a skip link before the
 * end of the densest run of prose counts (one in a footer says nothing of the article), and
 * never against a person's correction. -1 when there is none.
 */
export function pageChromeEnd(roles: readonly ({ label?: string } | null)[], densest: [number, number] | null, isFixed: boolean): number {
  if (isFixed || !densest) return -1;
  for (let i = 0; i < densest[1]; i++) if (roles[i]?.label === 'skip-link') return i;
  return -1;
}
