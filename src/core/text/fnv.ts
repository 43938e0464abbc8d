/** FNV-1a over the UTF-16 code units of `text[start, end)`, 32 bits, signed (`>>> 0` for unsigned). */
export function fnv1a(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h | 0;
}
