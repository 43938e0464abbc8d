// Builds each case's input.txt (render.mjs's method) and gold.json from cases.json.
// usage: node make.mjs   (run from anywhere; writes beside this file)
// A case's body is the visible text of Readability's expected.html. Since these pages were
// copied by hand into a reduced source.html (see README), the body is given as ranges of
// input.txt lines — [first line's start, last line's start], inclusive — checked against
// expected.html, minus lines that expected.html drops (`drop`: lines opening so; `dropLines`: whole lines).
import { readFileSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const cases = JSON.parse(readFileSync(join(here, 'cases.json'), 'utf8'))
const norm = (s) => s.replace(/\s+/g, ' ').trim()

for (const c of cases) {
  const dir = join(here, c.name)
  execFileSync('node', [join(here, 'render.mjs'), join(dir, 'source.html'), '--out', join(dir, 'input.txt')])
  const lines = readFileSync(join(dir, 'input.txt'), 'utf8').split('\n').map(norm)
  const body = []
  // Ranges are in page order: each is looked for after the previous one ends, so a line the
  // page repeats (a share label, a subheading also listed in a table of contents) can open one.
  let after = -1
  for (const [from, to] of c.body) {
    const a = lines.findIndex((l, i) => i > after && l.startsWith(from))
    const b = lines.findIndex((l, i) => i >= a && l.startsWith(to))
    if (a < 0 || b < 0) throw new Error(`${c.name}: body range ${from} .. ${to} not found`)
    after = b
    body.push(...lines.slice(a, b + 1).filter((l) => l && !(c.drop ?? []).some((d) => l.startsWith(d)) &&
      !(c.dropLines ?? []).includes(l)))
  }
  if (!lines.includes(norm(c.title))) throw new Error(`${c.name}: title is not a line of input.txt`)
  const gold = {
    title: c.title, title_alt: c.title_alt ?? [], published: c.published ?? null,
    author: c.author ?? null, site: c.site ?? null, lang: c.lang, body,
    source: { dataset: `mozilla/readability test/test-pages/${c.page}`, commit: c.commit,
      url: null, body_from: 'expected.html visible text (Readability.js regression output)',
      title_from: c.title_from, published_from: c.published_from },
  }
  writeFileSync(join(dir, 'gold.json'), JSON.stringify(gold, null, 2) + '\n')
  console.log(c.name, 'lines', lines.length, 'body', body.length)
}
