import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, raw, startTestHost, type TestHost } from './support/host';

/**
 * The browser host under hostile load: bodies over the cap, bodies that are not JSON, many
 * slow connections, many concurrent calls. Each case asserts that the host refuses what it
 * must, keeps answering, and does not grow.
 */

/** A small cap, so "over the cap" costs the test little. */
const CAP = 1024 * 1024;
/** What the server may grow by while refusing hundreds of megabytes: a few buffers, no more. */
const MAX_GROWTH_BYTES = 48 * 1024 * 1024;

let t: TestHost;
beforeAll(async () => {
  t = await startTestHost({ maxBodyBytes: CAP });
});
afterAll(async () => {
  await t?.close();
});

const json = () => ({ 'content-type': 'application/json', 'x-parallax-token': t.host.token });

/**
 * Streams `total` bytes of one reused chunk as a request body (chunked unless `declare`), and
 * resolves with the status once the server answers, plus how much was sent by then.
 */
function stream(total: number, declare: boolean): Promise<{ status: number; sent: number }> {
  return new Promise((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let sent = 0;
    let answered = false;
    const req = request(
      {
        host: '127.0.0.1',
        port: t.host.port,
        path: '/api/ingestText',
        method: 'POST',
        agent: false,
        headers: { host: `127.0.0.1:${t.host.port}`, ...json(), ...(declare ? { 'content-length': String(total) } : {}) },
      },
      (res) => {
        answered = true;
        res.resume();
        resolve({ status: res.statusCode ?? 0, sent });
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (!answered && e.code !== 'ECONNRESET' && e.code !== 'EPIPE') reject(e);
    });
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

const used = () => process.memoryUsage().rss;

describe('bodies', () => {
  it('refuses a declared body over the cap at once, before it is sent', async () => {
    const before = used();
    for (let i = 0; i < 4; i++) {
      const r = await stream(256 * 1024 * 1024, true);
      expect(r.status).toBe(413);
      expect(r.sent).toBeLessThan(64 * 1024 * 1024);
    }
    expect(used() - before).toBeLessThan(MAX_GROWTH_BYTES);
  });

  it('cuts off an undeclared (chunked) body at the cap without keeping it', async () => {
    const before = used();
    for (let i = 0; i < 4; i++) {
      const r = await stream(64 * 1024 * 1024, false);
      expect(r.status).toBe(413);
    }
    expect(used() - before).toBeLessThan(MAX_GROWTH_BYTES);
    expect((await apiCall(t, 'getAppInfo')).status).toBe(200);
  });

  it('takes a body just under the cap', async () => {
    const text = `Grenzfall\n\n${'Ein Satz an der Grenze. '.repeat(Math.floor((CAP - 200) / 24))}`;
    const r = await apiCall(t, 'ingestText', [{ text }]);
    expect(r.status).toBe(200);
  });

  it('answers malformed JSON with BAD_INPUT and changes nothing', async () => {
    const count = async () => (JSON.parse((await apiCall(t, 'listArticles')).body) as { value: { total: number } }).value.total;
    const before = await count();
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const bodies: (string | Buffer)[] = ['{not json', '[', '"', '[1,]', 'NaN', '[undefined]', "['x']", '{"text": "a"}', 'null', '42', '"text"', deep, Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]), '\u0000'];
    for (const body of bodies) {
      const r = await raw(t.host.port, '/api/ingestText', { method: 'POST', headers: json(), body });
      const label = String(body).slice(0, 20);
      expect(r.status, label).toBe(400);
      expect(JSON.parse(r.body), label).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    }
    expect(await count()).toBe(before);
  });

  it('refuses a body that is not declared as JSON (what a foreign form could send without a preflight)', async () => {
    for (const type of [undefined, 'text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/json', 'application/jsonp', 'application/json-patch+json']) {
      const headers: Record<string, string> = { 'x-parallax-token': t.host.token };
      if (type) headers['content-type'] = type;
      const r = await raw(t.host.port, '/api/ingestText', { method: 'POST', headers, body: '[{"text":"Formular\\n\\nvon fremder Seite"}]' });
      expect(r.status, String(type)).toBe(415);
    }
    expect((await apiCall(t, 'getAppInfo', [], { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
  });
});

describe('connections', () => {
  it('answers a normal request while 200 slow clients hold connections open', async () => {
    const sockets: Socket[] = [];
    const opened = (s: Socket) => new Promise<void>((resolve, reject) => s.once('connect', resolve).once('error', reject));
    try {
      for (let i = 0; i < 200; i++) {
        const s = connect(t.host.port, '127.0.0.1');
        s.on('error', () => {}); // the server may drop them; that is allowed
        sockets.push(s);
        await opened(s);
        // Half of them never finish their headers; the other half declare a body and stall in it.
        if (i % 2 === 0) s.write(`POST /api/getAppInfo HTTP/1.1\r\nHost: 127.0.0.1:${t.host.port}\r\nX-Slow: `);
        else s.write(`POST /api/ingestText HTTP/1.1\r\nHost: 127.0.0.1:${t.host.port}\r\nContent-Type: application/json\r\nX-Parallax-Token: ${t.host.token}\r\nContent-Length: 100000\r\n\r\n[{"text":"`);
      }
      const started = Date.now();
      const r = await apiCall(t, 'listArticles');
      expect(r.status).toBe(200);
      // Not starved: answered as a lone request would be, not after the slow ones time out.
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      for (const s of sockets) s.destroy();
    }
  });

  it('answers 500 concurrent valid requests, every one of them', async () => {
    const answers = await Promise.all(Array.from({ length: 500 }, (_, i) => apiCall(t, i % 2 ? 'getAppInfo' : 'listArticles', i % 2 ? [] : [{ limit: 5 }])));
    expect(answers.filter((a) => a.status === 200 && (JSON.parse(a.body) as { ok: boolean }).ok)).toHaveLength(500);
  });

  it('listens on 127.0.0.1 only: not on any other address of this machine, nor on ::1', async () => {
    expect(t.host.url.startsWith('http://127.0.0.1:')).toBe(true);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal)
      .map((a) => a!.address);
    for (const address of [...others, '::1']) {
      const outcome = await new Promise<string>((resolve) => {
        const s = connect({ host: address, port: t.host.port });
        s.once('connect', () => (s.destroy(), resolve('connected')));
        s.once('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
      });
      expect(outcome, address).not.toBe('connected');
    }
  });
});
