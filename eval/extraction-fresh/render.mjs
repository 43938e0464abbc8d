// Renders a saved page to the visible text the public extraction set uses as input.txt:
// Chromium, JavaScript off, offline (every request but the page itself aborted), anti-flicker
// styles removed, document.body.innerText. See README.md ("How the inputs were made").
// usage: node render.mjs <page.html> [--out FILE]
import { readFileSync, writeFileSync } from 'node:fs'
import { chromium } from 'playwright-core'

const args = process.argv.slice(2)
const outAt = args.indexOf('--out')
const out = outAt >= 0 ? args[outAt + 1] : null
const files = args.filter((_, i) => outAt < 0 || (i !== outAt && i !== outAt + 1))

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
})
const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
const page = await context.newPage()
const url = 'http://page.invalid/'
try {
  for (const file of files) {
    const html = readFileSync(file, 'utf8')
    await page.route('**/*', (route) =>
      route.request().url() === url
        ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
        : route.abort())
    await page.goto(url, { waitUntil: 'load' })
    const text = await page.evaluate(() => {
      for (const s of document.querySelectorAll('style[id*="flicker"]')) s.remove()
      return document.body ? document.body.innerText : ''
    })
    await page.unrouteAll()
    if (out) writeFileSync(out, text)
    else process.stdout.write(text)
  }
} finally {
  await browser.close()
}
