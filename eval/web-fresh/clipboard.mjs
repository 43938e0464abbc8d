// What a person gets by selecting a page in Chromium and copying it: for each case dir under
// <cases>, source.html opened offline (JavaScript off, every other request aborted), Ctrl+A,
// Ctrl+C, then Ctrl+V into a second page whose paste listener reads clipboardData; writes
// <out>/<case>/clip.html and clip.txt. usage: node eval/web-fresh/clipboard.mjs <cases> <out> [limit]
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
const [, , srcDir, outDir, limit] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await browser.newContext({ javaScriptEnabled: false });
const page = await ctx.newPage();
const ctx2 = await browser.newContext();
const sink = await ctx2.newPage();
await sink.setContent('<textarea id=t></textarea>');
await sink.evaluate(() => { document.getElementById('t').addEventListener('paste', (e) => { e.preventDefault(); window.__got = { html: e.clipboardData.getData('text/html'), text: e.clipboardData.getData('text/plain') }; }); });
let html = '';
await page.route('**/*', (r) => r.request().url() === 'https://case.test/' ? r.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }) : r.abort());
let n = 0;
for (const c of fs.readdirSync(srcDir).sort()) {
  const f = path.join(srcDir, c, 'source.html');
  if (!fs.existsSync(f)) continue;
  html = fs.readFileSync(f, 'utf8');
  await page.goto('https://case.test/', { waitUntil: 'load' });
  await page.click('body', { position: { x: 1, y: 1 } }).catch(() => {});
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await sink.evaluate(() => { window.__got = null; });
  await sink.focus('#t');
  await sink.keyboard.press('Control+V');
  const got = await sink.evaluate(() => window.__got);
  const d = path.join(outDir, c); fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(d, 'clip.html'), got?.html ?? '');
  fs.writeFileSync(path.join(d, 'clip.txt'), got?.text ?? '');
  console.log(c, got ? `html ${got.html.length} text ${got.text.length}` : 'NONE');
  if (limit && ++n >= +limit) break;
}
await browser.close();
