import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, ftruncateSync, mkdirSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Inputs people (or a bad scraper) hand to ingest by mistake, built on the fly in a folder.
 * Each says what must become of it: added (the text is readable, perhaps odd) or skipped with
 * a reason. Nothing here is committed; the big ones are sparse or streamed from one buffer.
 */
export interface BadInput {
  /** File name as the report names it (or, for a path given on its own, that path). */
  name: string;
  /** What the case is. */
  what: string;
  /** `added`: in the library afterwards; `skipped`: in the report's skipped list; `either`: one of the two. */
  expect: 'added' | 'skipped' | 'either';
  /** For JSON Lines: the locators (`line N`) that must be skipped; the other lines are added. */
  skippedLines?: string[];
  /** How many articles the file adds when it is added (JSON Lines), default 1. */
  adds?: number;
  /** A word the added article's text must contain (the decoding was right). */
  contains?: string;
}

const MiB = 1024 * 1024;
const para = (title: string, body: string) => `${title}\n\n${body}\n\nEin zweiter Absatz, damit es ein Bericht ist.\n`;
const utf16 = (s: string, be: boolean) => {
  const le = Buffer.from(s, 'utf16le');
  if (!be) return le;
  const out = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) (out[i] = le[i + 1]!), (out[i + 1] = le[i]!);
  return out;
};
/** Windows-1252 bytes of a Latin-1 string with „“ and € (which Latin-1 lacks). */
const cp1252 = (s: string) => Buffer.from([...s].map((c) => ({ '„': 0x84, '“': 0x93, '€': 0x80 })[c] ?? c.charCodeAt(0)));

/** Writes `size` bytes of `fill` without holding them in memory (a sparse file when fill is 0). */
function bigFile(path: string, size: number, fill?: Buffer): void {
  const fd = openSync(path, 'w');
  try {
    if (!fill) ftruncateSync(fd, size);
    else for (let done = 0; done < size; done += fill.length) writeFileSync(fd, fill);
  } finally {
    closeSync(fd);
  }
}

/**
 * Builds the bad inputs under `dir/in` and returns them with the paths to give ingest (the
 * folder, plus the cases that only exist as a path of their own).
 */
export function buildBadInputs(dir: string, opts: { unreadable: boolean }): { cases: BadInput[]; paths: string[] } {
  const root = join(dir, 'in');
  mkdirSync(root, { recursive: true });
  const cases: BadInput[] = [];
  const file = (name: string, data: string | Buffer, c: Omit<BadInput, 'name'>) => {
    writeFileSync(join(root, name), data);
    cases.push({ name, ...c });
  };

  file('good.txt', para('Ein guter Bericht', 'Der Gipfel in Genf endete ohne Einigung.'), { what: 'a good report beside the bad', expect: 'added', contains: 'Genf' });
  file('empty.txt', '', { what: 'empty', expect: 'skipped' });
  file('whitespace.txt', ' \n\t\n   \r\n', { what: 'white space only', expect: 'skipped' });
  file('bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf]), { what: 'a BOM and nothing else', expect: 'skipped' });
  file('binary.dat', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), { what: 'binary', expect: 'skipped' });
  file('image.txt', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(512, 1)]), { what: 'a PNG renamed .txt', expect: 'skipped' });
  file('truncated.txt.gz', gzipSync(Buffer.from(para('Gepackt', 'Ein gepackter Bericht.'))).subarray(0, 20), { what: 'truncated gzip', expect: 'skipped' });
  file('nul-bytes.txt', `Titel\n\nText mit\u0000NUL\u0000Bytes darin.\n`, { what: 'NUL bytes in text', expect: 'skipped' });
  file('controls.txt', Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 ? 0x41 : 0x01))), { what: 'control characters', expect: 'skipped' });
  file('invalid-utf8.txt', Buffer.concat([Buffer.from(para('Kaputtes UTF-8', 'Gr')), Buffer.from([0xfc, 0xdf, 0xc3, 0x28]), Buffer.from(' Ende des Satzes.\n')]), { what: 'invalid UTF-8', expect: 'added', contains: 'Ende des Satzes' });
  file('utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(para('Größe im Süden', 'Über die Straße.'), false)]), { what: 'UTF-16 LE with BOM', expect: 'added', contains: 'Straße' });
  file('utf16be-bom.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16(para('Größe im Norden', 'Über die Brücke.'), true)]), { what: 'UTF-16 BE with BOM', expect: 'added', contains: 'Brücke' });
  file('utf16le-nobom.txt', utf16(para('Ohne Marke links', 'Die Grenze im Osten wurde geschlossen.'), false), { what: 'UTF-16 LE without BOM', expect: 'added', contains: 'Grenze im Osten' });
  file('utf16be-nobom.txt', utf16(para('Ohne Marke rechts', 'Die Grenze im Westen wurde geöffnet.'), true), { what: 'UTF-16 BE without BOM', expect: 'added', contains: 'Grenze im Westen' });
  file('cp1252.txt', cp1252(para('Windows-Zeichen', '„Das kostet 5 €“, sagte der Händler.')), { what: 'Windows-1252', expect: 'added', contains: '„Das kostet 5 €“' });
  file('mac-cr.txt', para('Alte Zeilenenden', 'Nur Wagenrücklauf trennt die Zeilen.').replace(/\n/g, '\r'), { what: 'CR-only line ends', expect: 'added', contains: 'Wagenrücklauf' });
  file('rtl.txt', para('تقرير عن المحادثات', 'عقد الاجتماع في جنيف. \u202Egnp.exe\u202C שלום עולם.'), { what: 'right-to-left text with a bidi override', expect: 'added', contains: 'جنيف' });
  file('emoji.txt', '🕊️🇺🇦🇷🇺🤝\n\n😀😀😀 🔥🔥\n', { what: 'emoji only', expect: 'either' });
  file('nested.html', `<!doctype html><html><body>${'<div>'.repeat(10_000)}<p>Im Kern der Seite steht der Bericht.</p>${'</div>'.repeat(10_000)}</body></html>`, { what: '10k nested divs', expect: 'either' });
  file('hostile-markdown.md', `# Kopf\n\n${'>'.repeat(5000)} tief\n\n${'*'.repeat(20_000)}\n\n${'_a'.repeat(60)}\n\n${'['.repeat(5000)}\n\n${'- '.repeat(3000)}x\n\n${'`'.repeat(5000)}\n`, { what: 'pathological Markdown', expect: 'either' });
  file('long-line.txt', `Eine Zeile\n\n${'wort '.repeat(400_000)}\n`, { what: 'a 2 MB single line', expect: 'either' });
  bigFile(join(root, 'one-line-50mb.txt'), 50 * MiB, Buffer.alloc(MiB, 0x61));
  cases.push({ name: 'one-line-50mb.txt', what: 'a 50 MB single line', expect: 'skipped' });
  bigFile(join(root, 'huge-200mb.txt'), 200 * MiB);
  cases.push({ name: 'huge-200mb.txt', what: 'a 200 MB file', expect: 'skipped' });
  bigFile(join(root, 'one-line-50mb.jsonl'), 50 * MiB, Buffer.alloc(MiB, 0x61));
  cases.push({ name: 'one-line-50mb.jsonl', what: 'a 50 MB JSON Lines line', expect: 'skipped', skippedLines: ['line 1'] });

  const rec = (o: unknown) => JSON.stringify(o);
  file(
    'records.jsonl',
    [
      rec({ id: 'a', title: 'Erster Datensatz', text: 'Der erste Bericht ist gut lesbar.' }),
      '{"id": "b", "title": "kaputt", "text": ',
      rec({ id: 'c', title: 'Dritter Datensatz', text: 'Der dritte Bericht folgt dem kaputten.' }),
      '[1, 2, 3]',
      'null',
      rec({ id: 'f', title: 'Ohne Text' }),
      rec({ id: 'g', title: 'Riesenfeld', text: `${'Langer Text. '.repeat(80_000)}Schluss.` }),
      rec({ id: 'h', title: 'Einsamer Ersatz', text: 'Ein halbes Zeichen \ud800 mitten im Bericht.' }),
      rec({ id: 'i', title: { nested: true }, text: 'Titel ist ein Objekt, der Text ist gut.' }),
    ].join('\n'),
    { what: 'bad lines in the middle of JSON Lines, a 1M-character field', expect: 'added', adds: 5, skippedLines: ['line 2', 'line 4', 'line 5', 'line 6'] },
  );
  // Found by the adversarial audit of the ingest README (each once wrong, slow or lost).
  file('mixed-encodings.jsonl', Buffer.concat([cp1252(`${rec({ title: 'Windows', text: '„Das kostet 5 €“, sagte der Händler.' })}\n`), Buffer.from(`${rec({ title: 'UTF-8', text: 'Die Straße am Fluss war lang.' })}\n`)]), { what: 'JSON Lines mixing UTF-8 and Windows-1252 lines', expect: 'added', adds: 2, contains: '„Das kostet 5 €“, sagte der Händler' });
  file('utf16.jsonl', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16(`${rec({ title: 'Sechzehn', text: 'Über die Brücke ging der Zug.' })}\n`, false)]), { what: 'UTF-16 JSON Lines', expect: 'added', contains: 'Brücke' });
  file('koi8.html', Buffer.concat([Buffer.from('<html><head><meta charset="koi8-r"></head><body><h1>'), Buffer.from([0xed, 0xcf, 0xd3, 0xcb, 0xd7, 0xc1]), Buffer.from('</h1><p>Text.</p></body></html>')]), { what: 'KOI8-R HTML declaring its charset', expect: 'added', contains: 'Москва' });
  file('latin9.txt', Buffer.from([...'Preise\n\nDas kostet 5 \u00a4 an der Stra\u00dfe.\n'].map((c) => c.charCodeAt(0))), { what: 'ISO-8859-15 text with a euro sign', expect: 'added', contains: '5 €' });
  file('deep-30k.html', `<!doctype html><html><body>${'<div>'.repeat(30_000)}<p>Tief unten steht der Bericht.</p>${'</div>'.repeat(30_000)}</body></html>`, { what: '30k nested divs', expect: 'either' });
  file('indented-lists.md', `# Listen\n\n${Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- x\n`).join('')}`, { what: '2,000 nested Markdown list items (4 MB)', expect: 'either' });
  file('array.json', `[${rec({ text: 'Ein Bericht im Feld.' })}, 42, ${rec({ body: '' })}]`, { what: 'a JSON array with bad items', expect: 'added', skippedLines: ['item 2', 'item 3'] });
  file('broken.json', '[{"text": "nie geschlossen"', { what: 'invalid JSON', expect: 'skipped' });

  for (const odd of ['name with spaces.txt', 'ünïcödé–名前.txt', '-leading-dash.txt', '$(touch pwned).txt', 'semi;colon,comma.txt', `${'l'.repeat(200)}.txt`, 'line\nbreak.txt', 'tab\tname.txt', `bidi\u202Etxt.exe`]) {
    file(odd, para(`Seltsamer Name ${odd.length}`, `Bericht mit seltsamem Dateinamen Nummer ${odd.length} ${odd.charCodeAt(3)}.`), { what: 'an odd file name', expect: 'added' });
  }

  mkdirSync(join(root, 'tiny'));
  for (let i = 0; i < 10_000; i++) writeFileSync(join(root, 'tiny', `n${i}.txt`), `Notiz\n\nKurz.\n`);
  cases.push({ name: 'n0.txt', what: '10k tiny files (one content)', expect: 'added' });

  symlinkSync('loop-b', join(root, 'loop-a'));
  symlinkSync('loop-a', join(root, 'loop-b'));
  cases.push({ name: 'loop-a', what: 'a symlink loop', expect: 'skipped' });
  symlinkSync('does-not-exist.txt', join(root, 'dangling.txt'));
  cases.push({ name: 'dangling.txt', what: 'a dangling symlink', expect: 'skipped' });
  mkdirSync(join(root, 'sub'));
  symlinkSync('..', join(root, 'sub', 'up'));
  if (spawnSync('mkfifo', [join(root, 'pipe.fifo')]).status === 0) cases.push({ name: 'pipe.fifo', what: 'a named pipe', expect: 'skipped' });
  mkdirSync(join(root, 'empty-folder'));

  if (opts.unreadable) {
    file('unreadable.txt', para('Geheim', 'Niemand darf das lesen.'), { what: 'an unreadable file', expect: 'skipped' });
    chmodSync(join(root, 'unreadable.txt'), 0o000);
    mkdirSync(join(root, 'closed'));
    writeFileSync(join(root, 'closed', 'inside.txt'), para('Drinnen', 'Hinter verschlossener Tür.'));
    chmodSync(join(root, 'closed'), 0o000);
    cases.push({ name: join(root, 'closed'), what: 'an unreadable folder', expect: 'skipped' });
  }
  const missing = join(dir, 'not-there.txt');
  cases.push({ name: missing, what: 'a path that does not exist', expect: 'skipped' });
  return { cases, paths: [root, missing] };
}
