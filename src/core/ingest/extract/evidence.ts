/**
 * What the rules say of each line before the model weighs it: furniture labels
 * (`boilerplate.ts`), reader comments (`comments.ts`), captions and credits (`captions.ts`), and
 * the densest run of prose by the hand-set values of `content.ts`. The line model takes all of
 * it as evidence (`features.ts`); only comments are binding, as walls of the main region.
 */
import type { Line } from './segment';
import type { BlockKind, BlockRegion } from '../../../shared/api';
import type { RuleClass } from './features';
import { labelLines } from './boilerplate';
import { findComments, isCommentHeading, type FoundComment } from './comments';
import { findCaptions } from './captions';
import { bestSpan, lineValues, type LineClass } from './content';

/** What one line turned out to be. */
export interface Role {
  kind: BlockKind;
  region: BlockRegion;
  label?: string;
  attribution?: string;
  credit?: string;
  comment?: number;
}

/** The rules' reading of a page. */
export interface Evidence {
  /** Roles the rules fixed: furniture, comments, captions (null: unclaimed). */
  roles: (Role | null)[];
  comments: FoundComment[];
  /** One rule class per line, for the features. */
  rules: RuleClass[];
  /** The densest run of prose by the hand-set line values, or null. */
  densest: [number, number] | null;
}

const STOP_LABELS = new Set(['comment-rules', 'related', 'footer', 'consent', 'donation', 'script']);

/** Reads the rules' evidence for `lines`. */
export function lineEvidence(lines: Line[], lang: string | null): Evidence {
  const labels = labelLines(lines);
  const roles: (Role | null)[] = lines.map(() => null);
  // Where the prose begins, judged before comments are known, so that a comment count above
  // the article cannot open a comment section (see `findComments`).
  const prose = bestSpan(lineValues(lines, labels.map((l): LineClass => (l ? { type: 'label', label: l } : { type: 'free' })), lang));
  const found = findComments(lines, 0, (i) => STOP_LABELS.has(labels[i] ?? ''), prose?.[0] ?? 0);
  const comments = found.headingLine >= 0 || found.comments.length >= 2 ? found.comments : [];
  if (comments.length && found.headingLine >= 0 && found.headingLine < comments[0]!.header) {
    roles[found.headingLine] = { kind: 'boilerplate', region: 'boilerplate', label: 'comments-header' };
  }
  comments.forEach((c, idx) => {
    for (let j = c.header; j <= c.last; j++) roles[j] = { kind: 'comment', region: 'comments', comment: idx };
  });
  for (let i = 0; i < lines.length; i++) {
    if (roles[i]) continue;
    if (isCommentHeading(lines[i]!.text) && lines[i]!.words <= 4 && comments.length) roles[i] = { kind: 'boilerplate', region: 'boilerplate', label: 'comments-header' };
    else if (labels[i]) roles[i] = { kind: 'boilerplate', region: 'boilerplate', label: labels[i]! };
  }
  for (const [i, c] of findCaptions(lines, (i) => !roles[i])) roles[i] = { kind: c.role, region: 'body', ...(c.credit ? { credit: c.credit } : {}) };
  const classes = lines.map((_, i): LineClass => {
    const r = roles[i];
    if (!r) return { type: 'free' };
    if (r.region === 'comments') return { type: 'wall' };
    return r.kind === 'caption' || r.kind === 'credit' ? { type: 'neutral' } : { type: 'label', label: r.label ?? '' };
  });
  const rules = roles.map((r, i): RuleClass => {
    if (!r) return isCommentHeading(lines[i]!.text) ? 'comments-header' : 'free';
    if (r.region === 'comments') return 'comment';
    if (r.kind === 'caption' || r.kind === 'credit') return r.kind;
    return (r.label ?? 'free') as RuleClass;
  });
  return { roles, comments, rules, densest: bestSpan(lineValues(lines, classes, lang)) };
}
