import { MAX_FILE_BYTES } from '../../../../shared/api';

/** What a paste or drop from a browser carries, as far as "Add text" cares. */
export type Pasted =
  /** The page's markup (what the importer reads) and its plain text (what the box shows). */
  | { kind: 'html'; html: string; plain: string }
  /** Nothing but text: the box's own paste is right. */
  | { kind: 'text' }
  /** Over the size an import reads; nothing is taken. */
  | { kind: 'too-large'; bytes: number };

/** The UTF-8 size of `s` without copying it into a buffer. */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    // A surrogate pair is four bytes in all; each half counts two.
    else if (c >= 0xd800 && c < 0xe000) n += 2;
    else n += 3;
  }
  return n;
}

/**
 * Reads a clipboard or drag's data. Markup is kept when there is some with text in it: a browser
 * copying a selected page puts its markup beside the text, and the markup carries what the
 * text lost (headings, paragraphs, the page's navigation and footer as such). `limit` is
 * the importer's, so a paste it would refuse is refused here, before it is sent.
 */
export function readPasted(data: Pick<DataTransfer, 'getData'>, limit = MAX_FILE_BYTES): Pasted {
  const html = data.getData('text/html');
  const plain = data.getData('text/plain');
  const taken = html.trim() !== '' ? html : plain;
  const bytes = utf8Bytes(taken);
  if (bytes > limit) return { kind: 'too-large', bytes };
  if (html.trim() === '' || !/<[a-z]/i.test(html) || htmlText(html) === '') return { kind: 'text' };
  return { kind: 'html', html, plain };
}

/** The text between a markup's tags, roughly: enough to tell an image-only copy from a page. */
function htmlText(html: string): string {
  return html.replace(/<(script|style)[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' ').replace(/&nbsp;|\s+/g, ' ').trim();
}
