import type { Annotation, AnnotationId, AnnotationListItem, ArticleId, HighlightColor, LinkRelation } from '../../../shared/api';
import { HIGHLIGHT_COLORS, LINK_RELATIONS, notice, type Notice } from '../../../shared/api';
import { codedError } from '../../../shared/i18n';

/**
 * W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): an AnnotationCollection
 * whose first page holds every annotation. Each has a quote and a position selector on the
 * article (`urn:parallax:article:<id>`, ids derive from content, so a fresh library holding the
 * same reports resolves them), TextualBody items for the note (commenting) and tags (tagging),
 * and Parallax's colour and links as extension properties, which other tools ignore.
 */

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const ARTICLE_URN = 'urn:parallax:article:';
const ANNOTATION_URN = 'urn:uuid:';

interface Body {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: string;
}

/** Annotations as an AnnotationCollection document. */
export function annotationsJsonLd(items: AnnotationListItem[], label: string): string {
  const annotations = items.map((a) => {
    const body: Body[] = [];
    if (a.note) body.push({ type: 'TextualBody', value: a.note, format: 'text/markdown', purpose: 'commenting' });
    for (const t of a.tags) body.push({ type: 'TextualBody', value: t, purpose: 'tagging' });
    return {
      id: ANNOTATION_URN + a.id,
      type: 'Annotation',
      motivation: a.note ? 'commenting' : 'highlighting',
      created: a.createdAt,
      modified: a.updatedAt,
      ...(body.length ? { body } : {}),
      target: {
        source: ARTICLE_URN + a.articleId,
        selector: [
          { type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
          { type: 'TextPositionSelector', start: a.position.start, end: a.position.end },
        ],
      },
      'parallax:color': a.color,
      'parallax:status': a.status,
      'parallax:links': a.links.map((l) => ({ id: ANNOTATION_URN + l.id, relation: l.relation })),
    };
  });
  const doc = {
    '@context': [CONTEXT, { parallax: 'urn:parallax:' }],
    type: 'AnnotationCollection',
    label,
    total: annotations.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: annotations },
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

/** An annotation read back from JSON-LD, or why it could not be read. */
export type ParsedAnnotation = { ok: true; annotation: Annotation } | { ok: false; id: string | null; reason: Notice };

function isObj(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * The JSON engine's reason without the excerpt of the input it quotes: a PNG or a zip picked
 * by mistake printed its raw bytes, line breaks and all, into a one-line message.
 */
export function jsonFailure(message: string): string {
  return message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/, ".*"\.\.\. is not valid JSON$/s, '')
    .replace(/[\u0000-\u001f\u007f-\u009f\ufffd]/g, '?');
}

/**
 * Reads an AnnotationCollection (or a single page, or a list of annotations) exported by
 * Parallax or written by hand in the same shape.
 *
 * @throws ApiError `BAD_INPUT` (with its notice) when the document is not JSON or holds no annotations.
 */
export function parseAnnotationsJsonLd(content: string): ParsedAnnotation[] {
  let doc: unknown;
  try {
    doc = JSON.parse(content);
  } catch (e) {
    throw codedError('BAD_INPUT', notice('import.not-json', { detail: jsonFailure((e as Error).message) }));
  }
  let items: unknown;
  if (Array.isArray(doc)) items = doc;
  else if (isObj(doc) && doc.type === 'AnnotationCollection' && isObj(doc.first)) items = doc.first.items;
  else if (isObj(doc) && doc.type === 'AnnotationPage') items = doc.items;
  else if (isObj(doc) && doc.type === 'Annotation') items = [doc];
  if (!Array.isArray(items)) throw codedError('BAD_INPUT', notice('import.not-annotations'));
  return items.map(parseOne);
}

function parseOne(x: unknown): ParsedAnnotation {
  if (!isObj(x)) return { ok: false, id: null, reason: notice('import.not-an-object') };
  const rawId = typeof x.id === 'string' ? x.id : null;
  const fail = (reason: Notice): ParsedAnnotation => ({ ok: false, id: rawId, reason });
  if (!rawId || !rawId.startsWith(ANNOTATION_URN)) return fail(notice('import.id-not-urn'));
  const id = rawId.slice(ANNOTATION_URN.length);
  if (!/^[0-9a-f-]{36}$/i.test(id)) return fail(notice('import.id-not-uuid'));
  const target = isObj(x.target) ? x.target : null;
  const source = typeof target?.source === 'string' ? target.source : '';
  if (!source.startsWith(ARTICLE_URN)) return fail(notice('import.target-not-article'));
  const selectors = Array.isArray(target?.selector) ? target!.selector : [target?.selector];
  const quote = selectors.find((s): s is Record<string, unknown> => isObj(s) && s.type === 'TextQuoteSelector');
  const pos = selectors.find((s): s is Record<string, unknown> => isObj(s) && s.type === 'TextPositionSelector');
  if (!quote || typeof quote.exact !== 'string' || !quote.exact) return fail(notice('import.no-quote'));
  const bodies = (Array.isArray(x.body) ? x.body : x.body ? [x.body] : []).filter(isObj);
  const note = bodies.find((b) => b.purpose === 'commenting' && typeof b.value === 'string');
  const tags = bodies.filter((b) => b.purpose === 'tagging' && typeof b.value === 'string').map((b) => String(b.value));
  const color = HIGHLIGHT_COLORS.includes(x['parallax:color'] as HighlightColor) ? (x['parallax:color'] as HighlightColor) : note ? null : 'yellow';
  const links = (Array.isArray(x['parallax:links']) ? x['parallax:links'] : [])
    .filter(isObj)
    .filter((l) => typeof l.id === 'string' && l.id.startsWith(ANNOTATION_URN) && LINK_RELATIONS.includes(l.relation as LinkRelation))
    .map((l) => ({ id: String(l.id).slice(ANNOTATION_URN.length) as AnnotationId, relation: l.relation as LinkRelation, articleId: '' as ArticleId, quote: '' }));
  const start = typeof pos?.start === 'number' ? pos.start : 0;
  const end = typeof pos?.end === 'number' ? pos.end : start + quote.exact.length;
  const created = typeof x.created === 'string' ? x.created : new Date().toISOString();
  return {
    ok: true,
    annotation: {
      id: id.toLowerCase() as AnnotationId,
      articleId: source.slice(ARTICLE_URN.length) as ArticleId,
      color,
      note: note ? String(note.value) : null,
      tags,
      quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: typeof quote.prefix === 'string' ? quote.prefix : '', suffix: typeof quote.suffix === 'string' ? quote.suffix : '' },
      position: { type: 'TextPositionSelector', start, end },
      status: 'anchored',
      links,
      createdAt: created,
      updatedAt: typeof x.modified === 'string' ? x.modified : created,
    },
  };
}
