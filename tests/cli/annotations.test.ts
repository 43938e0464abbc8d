import { spawn, spawnSync } from 'node:child_process';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/temp';

const BIN = join(ROOT, 'bin/parallax.mjs');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

function run(args: string[], locale?: string) {
  const env = locale ? { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: locale } : process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function serve(library: string) {
  const child = spawn(process.execPath, [BIN, 'serve', '--library', library, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const m = /http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/.exec(out);
      if (m) resolve(new URL(m[0]));
    });
    child.on('exit', () => reject(new Error(`serve exited: ${out}`)));
  });
  const call = async (method: string, ...args: unknown[]) => {
    const res = await fetch(`${url.origin}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parallax-token': url.searchParams.get('token')! }, body: JSON.stringify(args) });
    const body = (await res.json()) as { ok: boolean; value: unknown; error?: unknown };
    if (!body.ok) throw new Error(JSON.stringify(body.error));
    return body.value as never;
  };
  return { child, call };
}

describe('annotations survive', () => {
  it('a host killed right after an annotation is made', async () => {
    const library = join(tmp.dir, 'kill.sqlite');
    const { child, call } = await serve(library);
    const { items } = (await call('listArticles')) as { items: { id: string }[] };
    const made = (await call('addAnnotation', { articleId: items[0]!.id, start: 0, end: 12, note: 'vor dem Absturz' })) as { id: string };
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const exported = run(['annotations', 'export', '--format', 'jsonld', '--library', library]);
    expect(exported.code).toBe(0);
    const doc = JSON.parse(exported.out);
    expect(doc.first.items.map((a: { id: string }) => a.id)).toEqual([`urn:uuid:${made.id}`]);
    expect(doc.first.items[0].body[0].value).toBe('vor dem Absturz');
  });

  it('export to JSON-LD and import into an empty library: the same annotations, once', async () => {
    const a = join(tmp.dir, 'a.sqlite');
    const { child, call } = await serve(a);
    const { items } = (await call('listArticles')) as { items: { id: string }[] };
    const art = (await call('getArticle', items[1]!.id)) as { id: string; text: string };
    const start = art.text.indexOf('Witkoff');
    await call('addAnnotation', { articleId: art.id, start, end: start + 7, color: 'purple', note: 'Name', tags: ['Person', 'USA'] });
    await call('addAnnotation', { articleId: items[2]!.id, start: 0, end: 20 });
    const before = (await call('listAnnotations')) as object[];
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));

    const file = join(tmp.dir, 'export.jsonld');
    expect(run(['annotations', 'export', '--format', 'jsonld', '--out', file, '--library', a]).code).toBe(0);
    const b = join(tmp.dir, 'b.sqlite');
    const first = run(['annotations', 'import', file, '--library', b, '--json']);
    expect(JSON.parse(first.out)).toEqual({ added: 2, present: 0, skipped: [] });
    const second = run(['annotations', 'import', file, '--library', b, '--json']);
    expect(JSON.parse(second.out)).toEqual({ added: 0, present: 2, skipped: [] });
    const served = await serve(b);
    const after = (await served.call('listAnnotations')) as object[];
    served.child.kill('SIGTERM');
    await new Promise((r) => served.child.once('exit', r));
    expect(after).toEqual(before);
  });

  it('says clearly what is wrong with a bad import file', () => {
    const bad = join(tmp.dir, 'bad.jsonld');
    writeFileSync(bad, '{"type":"Nonsense"}');
    const r = run(['annotations', 'import', bad, '--library', join(tmp.dir, 'c.sqlite')]);
    expect(r.code).toBe(1);
    expect(r.err).toBe('parallax: import: not a W3C Web Annotation collection, page or annotation\n');
  });

  it('a picture picked by mistake is one line, no raw bytes; a 200 MB file is refused unread', () => {
    const png = join(tmp.dir, 'bild.jsonld');
    writeFileSync(png, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 0)]));
    const r = run(['annotations', 'import', png, '--library', join(tmp.dir, 'c.sqlite')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^parallax: import: not valid JSON \(Unexpected token [^\n]*\)\n$/);
    expect(r.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\ufffd]|PNG/);

    const huge = join(tmp.dir, 'riesig.jsonld');
    writeFileSync(huge, '');
    truncateSync(huge, 200 * 1024 * 1024);
    const de = run(['annotations', 'import', huge, '--library', join(tmp.dir, 'c.sqlite')], 'de_DE.UTF-8');
    expect(de.code).toBe(1);
    expect(de.err).toBe('parallax: Die Datei ist größer als 64 MB\n');
  });
});

describe('the Markdown export from the command line', () => {
  it('is worded in the locale\'s language, as the UI\'s is; its keys stay as they are', async () => {
    const library = join(tmp.dir, 'md.sqlite');
    const { child, call } = await serve(library);
    const { items } = (await call('listArticles')) as { items: { id: string }[] };
    await call('addAnnotation', { articleId: items[0]!.id, start: 0, end: 12, color: 'green', note: 'prüfen' });
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));

    const german = run(['annotations', 'export', '--format', 'md', '--library', library], 'de_DE.UTF-8');
    expect(german.code).toBe(0);
    expect(german.out).toContain('title: "Parallax-Anmerkungen"');
    expect(german.out).toContain('Markierung: grün');
    expect(german.out).toMatch(/ · Quelle: `/);
    expect(german.out).not.toMatch(/highlight:|source:/);

    const english = run(['annotations', 'export', '--format', 'md', '--library', library], 'en_GB.UTF-8');
    expect(english.out).toContain('highlight: green');
    expect(english.out).not.toContain('Markierung');
  });
});
