// Builds the cases from cases.json: each <id>/source.html (a reduced hand copy of a trafilatura
// evaluation page) is rendered to input.txt the way ../../../shared/bench-data/web/README.md says
// (Chromium, JavaScript off, offline, document.body.innerText), and gold.json is made by that
// README's recipe. See README.md. usage: node eval/web-fresh/make.mjs [--only <id>]
import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const here = path.dirname(fileURLToPath(import.meta.url))
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : ''
const cases = JSON.parse(fs.readFileSync(path.join(here, 'cases.json'), 'utf8'))

// The scorer's normalisation (score.mjs), so "visible" means what the scorer can match.
const norm = (s) => String(s ?? '').normalize('NFKC')
  .replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '')
  .replace(/[\u2018\u2019\u201a\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u2033\u00ab\u00bb]/g, '"')
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, ' ').trim()
const low = (s) => s.toLowerCase()
const STOP = {
  de: 'der die und das ist nicht ein eine zu mit den von auf für sich dem auch es im ich wir sie',
  en: 'the and of to is in that it for with was on are this be as you have by',
  fr: 'le la les et des est une un du que pour dans pas sur qui au en ce',
  pl: 'i w na nie się z że do jest to o jak po od',
  es: 'el la los las y de que en es por para con una un del se',
}
// A rough language guess from stop words, as the public set's `lang` (for the breakdown only).
function guessLang(text) {
  const words = text.toLowerCase().split(/[^\p{L}]+/u)
  let best = 'other'
  let bestN = 0
  for (const [lang, list] of Object.entries(STOP)) {
    const set = new Set(list.split(' '))
    const n = words.filter((w) => set.has(w)).length
    if (n > bestN) { bestN = n; best = lang }
  }
  return bestN >= 10 ? best : 'other'
}
const SEP = /\s+[|\-–—:»«·•]\s+|\s+::\s+/

function gold(entry, text, title, h1s) {
  const body = norm(text)
  const rawLine = new Map(text.split('\n').map((l) => [norm(l), l.trim()]))
  const full = norm(title)
  // Segments are cut from the raw title: the scorer's normalisation turns `»`/`«` into quotes.
  const segs = String(title ?? '').split(SEP).map((s) => norm(s)).filter(Boolean)
  // An <h1> agrees with <title> when it is one of its segments or one holds the other (case-folded),
  // and it must stand as a line of input.txt; among several, the first segment (`Headline | Site`)
  // wins, then the longest.
  const agree = h1s.map(norm).filter((h) => h && rawLine.has(h) &&
    (segs.map(low).includes(low(h)) || (full && (low(full).includes(low(h)) || low(h).includes(low(full))))))
  const first = low(segs[0] ?? '')
  agree.sort((a, b) => Number(low(b) === first) - Number(low(a) === first) || b.length - a.length)
  const head = agree.length ? rawLine.get(agree[0]) : null
  return {
    url: entry.url,
    lang: guessLang(text),
    title: head,
    title_alt: head ? [...new Set([full, ...segs])].filter((s) => s && s !== norm(head)).sort() : [],
    with: entry.with.filter((s) => body.includes(norm(s))),
    without: entry.without.filter((s) => body.includes(norm(s))),
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
const context = await browser.newContext({ javaScriptEnabled: false, offline: true })
const page = await context.newPage()
const url = 'http://page.invalid/'
try {
  for (const entry of cases) {
    const id = 'tf-' + crypto.createHash('sha1').update(entry.url).digest('hex').slice(0, 12)
    if (id !== entry.id) throw new Error(`${entry.id}: id is not sha1(url)[:12] (${id})`)
    if (only && !id.includes(only)) continue
    const dir = path.join(here, id)
    const html = fs.readFileSync(path.join(dir, 'source.html'), 'utf8')
    await page.route('**/*', (route) => route.request().url() === url
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort())
    await page.goto(url, { waitUntil: 'load' })
    const { text, title, h1s } = await page.evaluate(() => ({
      text: document.body ? document.body.innerText : '',
      title: document.title,
      h1s: [...document.querySelectorAll('h1')].map((h) => h.innerText.trim()).filter(Boolean),
    }))
    await page.unrouteAll()
    const g = gold(entry, text, title, h1s)
    if (!g.with.length) throw new Error(`${id}: no visible \`with\` snippet (drop the case)`)
    fs.writeFileSync(path.join(dir, 'input.txt'), text)
    fs.writeFileSync(path.join(dir, 'gold.json'), JSON.stringify(g, null, 1) + '\n')
    console.log(`${id} ${entry.half} ${g.lang} with ${g.with.length}/${entry.with.length} without ${g.without.length}/${entry.without.length} title ${JSON.stringify(g.title)}`)
  }
} finally {
  await browser.close()
}
