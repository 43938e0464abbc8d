/**
 * How the import summary names a file once beside what happened to it. A reason that names the
 * file itself ("leer.txt" is empty, „leer.txt“ ist leer, cannot read "a.txt" (…)) is the line,
 * the name set off where it stands: "leer.txt — "leer.txt" is empty" said it twice, and a reason
 * cut to "is empty" loses its subject. Other reasons follow the name after a dash; a record's
 * reason starts with its file's name and place ("halb.jsonl line 3: …"), the place kept.
 */
export type SummaryLine = { kind: 'inline'; before: string; name: string; after: string } | { kind: 'after'; name: string; detail: string };

/** Quotes a language puts around a file's name in core's words (English, German, guillemets). */
const QUOTES: readonly [string, string][] = [
  ['"', '"'],
  ['„', '“'],
  ['“', '”'],
  ['«', '»'],
  ['»', '«'],
];

export function fileLine(name: string, reason: string): SummaryLine {
  if (reason.startsWith(name) && /^[\s,]/.test(reason.slice(name.length))) {
    return { kind: 'after', name, detail: reason.slice(name.length).replace(/^,?\s+/, '') };
  }
  for (const [open, close] of QUOTES) {
    const at = reason.indexOf(`${open}${name}${close}`);
    if (at >= 0) return { kind: 'inline', before: reason.slice(0, at), name, after: reason.slice(at + open.length + name.length + close.length) };
  }
  return { kind: 'after', name, detail: reason };
}
