import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, raw, rawSocket, SECRET, startTestHost, type RawResponse, type TestHost } from './support/host';

/**
 * The browser host as an attacker on this machine or a web page in the person's browser meets
 * it: without the token, with the wrong Host or Origin, with paths that climb out of the app,
 * with method names that are not in the contract. Every case asserts the safe outcome, and
 * that the library is unchanged afterwards.
 */

let t: TestHost;
/** Every response the tests saw, for the header checks at the end. */
const seen: { what: string; r: RawResponse }[] = [];
const note = (what: string, r: RawResponse) => (seen.push({ what, r }), r);

beforeAll(async () => {
  t = await startTestHost();
});
afterAll(async () => {
  await t?.close();
});

const articleCount = async () => (JSON.parse((await apiCall(t, 'listArticles')).body) as { value: { total: number } }).value.total;
const addText = JSON.stringify([{ text: 'Eingeschleust\n\nDieser Text darf nie ankommen.' }]);

describe('the token', () => {
  it('is required on every API call: none, a wrong one, or one in a place it is not taken, changes nothing', async () => {
    const good = t.host.token;
    const refused: [string, Parameters<typeof raw>[2]][] = [
      ['no token', { headers: {} }],
      ['empty token', { headers: { 'x-parallax-token': '' } }],
      ['last character changed', { headers: { 'x-parallax-token': good.slice(0, -1) + (good.endsWith('A') ? 'B' : 'A') } }],
      ['one character short', { headers: { 'x-parallax-token': good.slice(0, -1) } }],
      ['one character long', { headers: { 'x-parallax-token': good + 'A' } }],
      ['in other letter case', { headers: { 'x-parallax-token': good.toUpperCase() === good ? good.toLowerCase() : good.toUpperCase() } }],
      ['twice in one header', { headers: { 'x-parallax-token': `${good}, ${good}` } }],
      ['as a bearer token', { headers: { authorization: `Bearer ${good}` } }],
      ['as a cookie', { headers: { cookie: `token=${good}; parallax.token=${good}` } }],
      ['in another header', { headers: { 'x-token': good } }],
    ];
    for (const [what, opts] of refused) {
      const r = note(what, await raw(t.host.port, '/api/ingestText', { method: 'POST', body: addText, ...opts, headers: { 'content-type': 'application/json', ...opts!.headers } }));
      expect(r.status, what).toBe(401);
      expect(JSON.parse(r.body), what).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    const inQuery = await raw(t.host.port, `/api/ingestText?token=${good}`, { method: 'POST', body: addText, headers: { 'content-type': 'application/json' } });
    expect(inQuery.status).toBe(401);
    const inBody = await raw(t.host.port, '/api/getAppInfo', { method: 'POST', body: JSON.stringify({ token: good }), headers: { 'content-type': 'application/json' } });
    expect(inBody.status).toBe(401);
    expect(await articleCount()).toBe(0);
  });

  it('is taken in the x-parallax-token header (any casing of its name), and nowhere else', async () => {
    expect((await apiCall(t, 'getAppInfo')).status).toBe(200);
    const upper = await raw(t.host.port, '/api/getAppInfo', { method: 'POST', headers: { 'content-type': 'application/json', 'X-Parallax-Token': t.host.token }, body: '[]' });
    expect(upper.status).toBe(200);
  });

  it('is taken in the query by the event stream only (EventSource cannot send headers)', async () => {
    const stream = await rawSocket(
      t.host.port,
      `GET /api/events?token=${t.host.token} HTTP/1.1\r\nHost: 127.0.0.1:${t.host.port}\r\nConnection: close\r\n\r\n`,
    ).catch((e: Error) => e.message);
    // The stream stays open; the socket helper ends its side, and the first bytes say "200".
    expect(String(stream)).toMatch(/^HTTP\/1\.1 200/);
    for (const [what, path, headers] of [
      ['no token', '/api/events', {}],
      ['wrong token', '/api/events?token=nope', {}],
      ['token in the header only', '/api/events', { 'x-parallax-token': t.host.token }],
    ] as const) {
      const r = note(`events: ${what}`, await raw(t.host.port, path, { headers }));
      expect(r.status, what).toBe(401);
    }
  });
});

describe('who may ask', () => {
  const withToken = { 'content-type': 'application/json', 'x-parallax-token': '' };
  beforeAll(() => void (withToken['x-parallax-token'] = t.host.token));

  it('refuses a Host that is not this machine (DNS rebinding), even with the token', async () => {
    const p = t.host.port;
    for (const host of ['evil.example', `evil.example:${p}`, `127.0.0.1.evil.example:${p}`, `localhost.evil.example:${p}`, `evil@127.0.0.1:${p}`, `127.0.0.1:${p + 1}`, '127.0.0.1', `[::1]:${p + 1}`, `0.0.0.0:${p}`, `127.1:${p}`]) {
      const page = note(`host ${host}`, await raw(p, '/', { host }));
      expect(page.status, host).toBe(403);
      const api = await raw(p, '/api/ingestText', { method: 'POST', host, headers: withToken, body: addText });
      expect(api.status, host).toBe(403);
    }
    // HTTP/1.0 without any Host header.
    expect(await rawSocket(p, 'GET / HTTP/1.0\r\n\r\n')).toMatch(/^HTTP\/1\.1 403/);
    expect(await articleCount()).toBe(0);
  });

  it('refuses a request sent by a page on another origin, even with the token', async () => {
    const p = t.host.port;
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${p + 1}`, `https://127.0.0.1:${p}`, `http://localhost.evil.example:${p}`, `http://127.0.0.1:${p}.evil.example`, 'file://']) {
      const r = note(`origin ${origin}`, await raw(p, '/api/ingestText', { method: 'POST', headers: { ...withToken, origin }, body: addText }));
      expect(r.status, origin).toBe(403);
      expect(r.headers['access-control-allow-origin'], origin).toBeUndefined();
    }
    for (const site of ['cross-site', 'same-site']) {
      const r = await raw(p, '/api/ingestText', { method: 'POST', headers: { ...withToken, 'sec-fetch-site': site }, body: addText });
      expect(r.status, site).toBe(403);
    }
    expect(await articleCount()).toBe(0);
    // Our own page (same origin) is served.
    expect((await apiCall(t, 'getAppInfo', [], { origin: `http://127.0.0.1:${p}`, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await apiCall(t, 'getAppInfo', [], { origin: `http://localhost:${p}` })).status).toBe(200);
  });

  it('grants no CORS: a preflight is refused and no response allows another origin', async () => {
    const pre = note('preflight', await raw(t.host.port, '/api/ingestText', {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-parallax-token, content-type' },
    }));
    expect(pre.status).toBeGreaterThanOrEqual(400);
    const ownPre = await raw(t.host.port, '/api/getAppInfo', { method: 'OPTIONS', headers: { 'access-control-request-method': 'POST' } });
    expect(ownPre.status).toBe(405);
    for (const { what, r } of seen) {
      for (const name of Object.keys(r.headers)) expect(name, what).not.toMatch(/^access-control-/);
    }
  });

  it('refuses every method but POST on the API and every method but GET/HEAD on the app', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'HEAD']) {
      const r = note(`API ${method}`, await raw(t.host.port, '/api/ingestText', { method, headers: withToken, body: method === 'GET' || method === 'HEAD' ? undefined : addText }));
      expect(r.status, method).toBe(405);
    }
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE']) {
      expect((await raw(t.host.port, '/index.html', { method, body: 'x' })).status, method).toBe(405);
    }
    expect(await articleCount()).toBe(0);
  });
});

describe('paths and method names', () => {
  it('never serves a file outside the renderer, in any encoding of ".."', async () => {
    const paths = [
      '/../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E/secret.txt', '/.%2e/secret.txt', '/%2e./secret.txt',
      '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/%2e%2e%2Fsecret.txt', '/..%5csecret.txt', '/..\\secret.txt',
      '/%252e%252e%252fsecret.txt', '/..%252fsecret.txt', '/%c0%ae%c0%ae/secret.txt', '/%c0%ae%c0%ae%c0%afsecret.txt',
      '/%u002e%u002e/secret.txt', '/assets/../../secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt',
      '//../secret.txt', '/./../secret.txt', '/assets/..%00/secret.txt', '/secret.txt%00.js', '/index.html%00/../../secret.txt',
      `/${'..%2f'.repeat(12)}etc%2fpasswd`, `/${'../'.repeat(12)}etc/passwd`, '/%2fetc%2fpasswd', '/file:///etc/passwd', '/%', '/%zz',
    ];
    for (const path of paths) {
      const r = note(`static ${path}`, await raw(t.host.port, path));
      expect(r.status, path).toBe(404);
      expect(r.body, path).not.toContain(SECRET);
      expect(r.body, path).not.toMatch(/root:.*:0:0:/);
    }
    // Absolute-form request targets and backslashes go straight over the socket.
    for (const target of [`http://127.0.0.1:${t.host.port}/../secret.txt`, '/..\\..\\secret.txt', '/assets/..\\..\\secret.txt']) {
      const answer = await rawSocket(t.host.port, `GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${t.host.port}\r\nConnection: close\r\n\r\n`);
      expect(answer, target).not.toContain(SECRET);
      expect(answer, target).toMatch(/^HTTP\/1\.1 (400|404)/);
    }
  });

  it('never reaches a file or another route from an API path', async () => {
    for (const path of ['/api/../secret.txt', '/api/%2e%2e/secret.txt', '/api/getAppInfo/../../secret.txt', '/api/..%2f..%2fsecret.txt', '/api/%2e%2e%2fevents', '/api//etc/passwd']) {
      const r = note(`api ${path}`, await raw(t.host.port, path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-parallax-token': t.host.token }, body: '[]' }));
      expect([404, 405], path).toContain(r.status);
      expect(r.body, path).not.toContain(SECRET);
    }
  });

  it('answers method names outside the allowlist with UNKNOWN_METHOD and keeps working', async () => {
    const names = [
      '__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', '__lookupSetter__',
      'isPrototypeOf', 'then', 'apply', 'call', 'bind', 'close', 'db', 'emit', 'dispatch', '%5F%5Fproto%5F%5F', 'getAppInfo%00',
      'GETAPPINFO', 'getAppInfo%20', 'getAppInfo.call', 'getAppInfo/', '', 'events%00',
    ];
    for (const name of names) {
      const r = note(`method ${name}`, await apiCall(t, name, []));
      expect(r.status, name).toBe(404);
      expect(JSON.parse(r.body), name).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    expect((await apiCall(t, 'getAppInfo')).status).toBe(200);
  });

  it('does not let a JSON body pollute prototypes', async () => {
    const body = '[{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"sort":"title-asc"}]';
    const r = await raw(t.host.port, '/api/listArticles', { method: 'POST', headers: { 'content-type': 'application/json', 'x-parallax-token': t.host.token }, body });
    expect(r.status).toBeLessThan(500);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect((Object.prototype as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('response headers', () => {
  it('carry the CSP (frame-ancestors none), nosniff, DENY framing and no referrer on every answer', async () => {
    const more = await Promise.all([raw(t.host.port, '/'), raw(t.host.port, '/assets/app-1234.js'), raw(t.host.port, '/missing'), apiCall(t, 'getAppInfo')]);
    for (const [i, r] of more.entries()) note(`headers ${i}`, r);
    expect(seen.length).toBeGreaterThan(50);
    for (const { what, r } of seen) {
      expect(String(r.headers['content-security-policy']), what).toContain("frame-ancestors 'none'");
      expect(String(r.headers['content-security-policy']), what).toContain("script-src 'self'");
      expect(r.headers['x-content-type-options'], what).toBe('nosniff');
      expect(r.headers['x-frame-options'], what).toBe('DENY');
      expect(r.headers['referrer-policy'], what).toBe('no-referrer');
      expect(r.headers['x-powered-by'], what).toBeUndefined();
    }
  });

  it('forbid caching of every API answer, refusals included', async () => {
    for (const { what, r } of seen.filter((s) => String(s.r.headers['content-type']).startsWith('application/json'))) {
      expect(r.headers['cache-control'], what).toBe('no-store');
    }
    expect((await apiCall(t, 'listArticles')).headers['cache-control']).toBe('no-store');
  });
});
