import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import JSZip from 'jszip'
import PptxGenJS from 'pptxgenjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeAtomically } from '../../../electron/exports/atomicWrite'
import { writeDeck, type DeckInput } from '../../../electron/exports/pptx'
import { exportRuns } from '../../../electron/exports/scenarioRuns'
import { decisionMatrix, moneyText } from '../../../shared/decisions'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { formatMonthIndex } from '../../../shared/display'
import { compilePortfolio, evaluate } from '../../../shared/engine'
import { matrixLegend } from '../../../shared/exports/deckDecisions'
import { sampleLogoPng } from '../../fixtures/pngImage'
import { stressPortfolio, themedSample } from './deckFixtures'
import { convert, makeProfile } from './libreOffice'
import { layoutProblems, pdfWords, type PdfPage } from './pdfLayout'
import { fixturePortfolio } from './portfolioFixture'
import { leverScenario } from './scenarioFixture'

/**
 * Acceptance test of the board deck: LibreOffice converts each deck to PDF headless, and the text
 * positions poppler reads back show every word on its slide, clear of every other word and of the
 * footer, for the sample, the sample with a theme, a stress portfolio (long names, 60 initiatives,
 * 13 scenarios) and a small fixture with an unpriced model. The package holds native charts whose
 * cached numbers are the engine's and whose axes are formatted as a board reads them; the matrix
 * counts the app's recommendations and labels every bubble; speaker notes carry the assumptions.
 *
 * With DECK_IMAGES=<folder>, every slide is also written there as a PNG (pdftoppm -r 80): that is
 * how docs/deck/ is made.
 */
const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'gpp-pptx-'))
const today = '2026-12-07'

const fixture = fixturePortfolio()
const fixtureBase = compilePortfolio(fixture)
const fixtureLevers = leverScenario(fixtureBase)

const inputs: Record<string, DeckInput> = {
  sample: { portfolio: samplePortfolio(), scenarios: exportRuns(samplePortfolio()), exportedOn: today },
  themed: { portfolio: themedSample(), scenarios: exportRuns(themedSample()), exportedOn: today },
  stress: { portfolio: stressPortfolio(), scenarios: exportRuns(stressPortfolio()), exportedOn: today },
  fixture: {
    portfolio: fixture,
    scenarios: [
      { name: 'Baseline', compiled: fixtureBase, result: evaluate(fixtureBase) },
      {
        name: 'Cheaper prices & caching',
        description: 'Big model -50% from month 12',
        compiled: fixtureLevers,
        result: evaluate(fixtureLevers),
      },
    ],
    exportedOn: '2026-11-28',
  },
  unpriced: unpricedDeckInput(),
}
const names = Object.keys(inputs)

/** The fixture's support assistant alone: its model has no price from launch on, so every unit cost it has is unpriced. */
function unpricedDeckInput(): DeckInput {
  const portfolio = fixturePortfolio()
  portfolio.initiatives = portfolio.initiatives.filter((i) => i.id === 'support')
  const base = compilePortfolio(portfolio)
  const half = structuredClone(portfolio)
  for (const i of half.initiatives) i.usage.targetUsers /= 2
  const halfCompiled = compilePortfolio(half)
  return {
    portfolio,
    scenarios: [
      { name: 'Baseline', compiled: base, result: evaluate(base) },
      { name: 'Half the users', compiled: halfCompiled, result: evaluate(halfCompiled) },
    ],
    exportedOn: '2026-11-28',
  }
}

interface Rendered {
  zip: JSZip
  slides: string[]
  pages: PdfPage[]
}
const decks: Record<string, Rendered> = {}
let control: PdfPage[] = []

const byNumber = (a: string, b: string): number =>
  Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1])

/** A slide that breaks the rules on purpose: two text boxes on top of each other, and text in the footer's margin. */
async function writeControlDeck(path: string): Promise<void> {
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  const slide = pptx.addSlide()
  slide.addText('Overlapping words here', { x: 1, y: 1, w: 4, h: 0.5, fontFace: 'Arial', fontSize: 18 })
  slide.addText('Second box on top', { x: 1.2, y: 1.05, w: 4, h: 0.5, fontFace: 'Arial', fontSize: 18 })
  slide.addText('Below the content area', { x: 1, y: 6.88, w: 5, h: 0.3, fontFace: 'Arial', fontSize: 12 })
  writeFileSync(path, (await pptx.write({ outputType: 'nodebuffer' })) as Buffer)
}

beforeAll(async () => {
  const files: string[] = []
  for (const name of names) {
    const path = join(dir, `${name}.pptx`)
    await writeAtomically(path, (out) => writeDeck(inputs[name] as DeckInput, out))
    files.push(path)
  }
  const controlPath = join(dir, 'control.pptx')
  await writeControlDeck(controlPath)
  const log = await convert(makeProfile(join(dir, 'profile')), [...files, controlPath], 'pdf', join(dir, 'out'))
  expect(log).not.toMatch(/Error/i)
  const images = process.env.DECK_IMAGES ? resolve(process.env.DECK_IMAGES) : null
  if (images) mkdirSync(images, { recursive: true })
  for (const name of names) {
    const zip = await JSZip.loadAsync(readFileSync(join(dir, `${name}.pptx`)))
    const slides = Object.keys(zip.files)
      .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .sort(byNumber)
    decks[name] = { zip, slides, pages: await pdfWords(join(dir, 'out', `${name}.pdf`)) }
    if (images) await run('pdftoppm', ['-png', '-r', '80', join(dir, 'out', `${name}.pdf`), join(images, name)])
  }
  control = await pdfWords(join(dir, 'out', 'control.pdf'))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const deck = (name: string): Rendered => {
  const d = decks[name]
  if (!d) throw new Error(`no deck ${name}`)
  return d
}
const part = async (d: Rendered, name: string): Promise<string> => (await d.zip.file(name)?.async('string')) ?? ''
/** The slide's visible text, runs joined. */
const slideText = async (d: Rendered, slide: string): Promise<string> =>
  [...(await part(d, slide)).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ')
/** The text boxes of a slide (runs of one shape joined). */
const textBoxes = async (d: Rendered, slide: string): Promise<string[]> =>
  [...(await part(d, slide)).matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)]
    .map((m) => [...(m[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join(''))
    .filter((t) => t !== '')
/** Chart parts a slide refers to, through its relationships. */
async function chartsOf(d: Rendered, slide: string): Promise<string[]> {
  const rels = await part(d, slide.replace('slides/', 'slides/_rels/').replace(/\.xml$/, '.xml.rels'))
  return [...rels.matchAll(/Target="(?:\/ppt|\.\.)\/charts\/(chart\d+\.xml)"/g)].map((m) => `ppt/charts/${m[1] ?? ''}`)
}
const pageText = (p: PdfPage | undefined): string => (p?.words ?? []).map((w) => w.text).join(' ')
const decode = (s: string): string =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')

/** The slide frame in PDF points: content ends 6.85 in down, the footer starts 7.02 in down. */
const FRAME = { contentBottom: 6.85 * 72, footerTop: 7.02 * 72 }

describe('PPTX board deck: layout, checked on the PDF LibreOffice renders', () => {
  it.each(names)('%s: one PDF page per slide', (name) => {
    const d = deck(name)
    expect(d.slides.length).toBeGreaterThan(8)
    expect(d.pages).toHaveLength(d.slides.length)
  })

  it.each(names)('%s: every word on its slide, clear of every other word and of the footer', (name) => {
    const d = deck(name)
    const problems = d.pages.flatMap((p) => layoutProblems(p, p.number === 1 ? null : FRAME))
    expect(problems).toEqual([])
    // Every content slide carries the footer and its slide number below the footer line.
    for (const p of d.pages.slice(1)) {
      const footer = p.words.filter((w) => w.yMin >= FRAME.footerTop - 2)
      expect(
        footer.map((w) => w.text),
        `page ${p.number}`,
      ).toContain('Exported')
      expect(footer.map((w) => w.text)).toContain(String(p.number))
    }
  })

  it('the check finds overlapping text and text in the footer margin (a deliberately broken slide)', () => {
    const problems = control.flatMap((p) => layoutProblems(p, FRAME))
    expect(problems.some((m) => m.includes('overlaps'))).toBe(true)
    expect(problems.some((m) => m.includes('below the content area'))).toBe(true)
  })

  it('long tables continue on the next slide, titled "(continued)", and the header repeats', async () => {
    const d = deck('stress')
    const titles = await Promise.all(d.slides.map((s) => slideText(d, s)))
    for (const table of ['Recommendations and governance flags', 'Decisions due']) {
      const pages = titles.filter((t) => t.startsWith(table))
      expect(pages.length, table).toBeGreaterThan(1)
      expect(pages.slice(1).every((t) => t.startsWith(`${table} (continued)`))).toBe(true)
    }
    const continued = d.slides.filter((_, i) =>
      titles[i]?.startsWith('Recommendations and governance flags (continued)'),
    )
    for (const s of continued)
      expect(await slideText(d, s)).toContain('Recommendation Spend NPV ROI Why Governance flags')
    // All 60 initiatives are listed, numbered 1 to 60, across the table's slides.
    const listed: number[] = []
    for (const [i, slide] of d.slides.entries()) {
      if (!titles[i]?.startsWith('Recommendations and governance flags')) continue
      const rows = [...(await part(d, slide)).matchAll(/<a:tr [\s\S]*?<\/a:tr>/g)].slice(1)
      for (const r of rows) listed.push(Number(/<a:t>([^<]*)<\/a:t>/.exec(r[0] ?? '')?.[1]))
    }
    expect(listed).toEqual(Array.from({ length: 60 }, (_, n) => n + 1))
  })
})

describe('PPTX board deck: content', () => {
  it('has the sample’s slides in a board’s order', async () => {
    const d = deck('sample')
    const titles = await Promise.all(d.slides.map((s) => slideText(d, s)))
    const expected = [
      'Sample: Northwind Group generative-AI portfolio',
      'Portfolio at a glance (baseline)',
      'Scenarios against the baseline',
      'Where the money goes: cost by driver per year',
      'Cost per query over time',
      'Why the unit cost moved: ',
      'What moves NPV most',
      'Decision matrix (baseline)',
      'Recommendations and governance flags',
      'Spend against budget',
      'Reallocation within the budget',
      'Decisions due',
    ]
    expect(titles).toHaveLength(expected.length)
    expected.forEach((t, i) => expect(titles[i], `slide ${i + 1}`).toContain(t))
  })

  it('writes numbers as a board reads them: $18.1M, 158%, Jul 2026, never 60,000,000 or "month 7"', () => {
    const d = deck('sample')
    const { portfolio, scenarios } = inputs.sample as DeckInput
    const totals = scenarios[0]?.result.totals
    const summary = pageText(d.pages[1])
    expect(summary).toContain(moneyText(totals?.cost ?? NaN, 'USD'))
    expect(summary).toContain(moneyText(totals?.npv ?? NaN, 'USD'))
    expect(summary).toContain(`${Math.round((totals?.roi ?? NaN) * 100)}%`)
    expect(summary).toContain(formatMonthIndex(portfolio.settings.startMonth, totals?.paybackMonth ?? NaN))
    // Spend against the budget, not only the budget.
    expect(summary).toMatch(/\$18\.1M of \$12M: \$6\.1M over/)
    for (const name of names) {
      const all = deck(name).pages.map(pageText).join(' ')
      expect(all, name).not.toMatch(/\b\d{1,3}(,\d{3}){2,}\b/)
      expect(all, name).not.toMatch(/\bmonth \d+\b/i)
    }
  })

  it('formats every value axis with short money labels and labels months at readable intervals', async () => {
    const d = deck('sample')
    const charts = (await Promise.all(d.slides.map((s) => chartsOf(d, s)))).flat()
    for (const c of charts) {
      const xml = await part(d, c)
      const valueFormats = [...xml.matchAll(/<c:valAx>[\s\S]*?<c:numFmt formatCode="([^"]*)"/g)].map((m) =>
        decode(m[1] ?? ''),
      )
      if (xml.includes('<c:bubbleChart>')) continue
      for (const f of valueFormats) expect(f, c).toMatch(/^"\$"#,##0(\.0+)?(,{1,3}"[KMB]")?;"−\$"/)
    }
    const trendSlide = d.slides[4] ?? ''
    const [trend] = await chartsOf(d, trendSlide)
    const xml = await part(d, trend ?? '')
    const firstSeries = /<c:ser>[\s\S]*?<\/c:ser>/.exec(xml)?.[0] ?? ''
    const labels = [...firstSeries.matchAll(/<c:cat>[\s\S]*?<\/c:cat>/g)].flatMap((m) =>
      [...(m[0] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => v[1]),
    )
    expect(labels).toHaveLength(36)
    expect(labels.filter((l) => l !== '')).toEqual([
      'Jan 2026',
      'Apr 2026',
      'Jul 2026',
      'Oct 2026',
      'Jan 2027',
      'Apr 2027',
      'Jul 2027',
      'Oct 2027',
      'Jan 2028',
      'Apr 2028',
      'Jul 2028',
      'Oct 2028',
    ])
    // Every case visible: one line each, each with its own dash, the baseline widest.
    const lines = [...xml.matchAll(/<c:lineChart>[\s\S]*?<\/c:lineChart>/g)].map((m) => m[0]).join('')
    const dashes = [...lines.matchAll(/<c:ser>[\s\S]*?<a:ln w="(\d+)"[\s\S]*?<a:prstDash val="(\w+)"/g)].map((m) => [
      Number(m[1]),
      m[2],
    ])
    expect(dashes).toHaveLength(5)
    expect(new Set(dashes.map((x) => x[1])).size).toBe(5)
    expect(Math.max(...dashes.map((x) => Number(x[0])))).toBe(dashes[0]?.[0])
  })

  it('draws native, editable charts with the engine’s numbers, and no pictures without a logo', async () => {
    const d = deck('sample')
    const kinds: string[] = []
    for (const slide of d.slides) {
      expect(await part(d, slide), slide).not.toContain('<p:pic>')
      for (const chart of await chartsOf(d, slide)) {
        const xml = await part(d, chart)
        kinds.push([...new Set([...xml.matchAll(/<c:(barChart|lineChart|bubbleChart)>/g)].map((m) => m[1]))].join('+'))
      }
    }
    expect(kinds).toEqual([
      'barChart',
      'barChart',
      // The cost per query: a line per case (every month of the sample is priced, so no shading columns).
      'lineChart',
      'barChart',
      'barChart',
      'bubbleChart',
      'barChart',
      'barChart',
    ])
    expect(Object.keys(d.zip.files).filter((n) => /^ppt\/embeddings\/.*\.xlsx$/.test(n))).toHaveLength(kinds.length)
    // The comparison's bars are the cases' horizon cost, value and NPV (the chart lists the cases bottom up).
    const [comparison] = await chartsOf(d, d.slides[2] ?? '')
    const xml = await part(d, comparison ?? '')
    const values = [...xml.matchAll(/<c:val>[\s\S]*?<\/c:val>/g)].map((m) =>
      [...(m[0] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])),
    )
    const runs = [...(inputs.sample as DeckInput).scenarios].reverse()
    expect(values).toEqual(
      [
        runs.map((r) => r.result.totals.cost),
        runs.map((r) => r.result.totals.value),
        runs.map((r) => r.result.totals.npv),
      ].map((s) => s.map((v) => expect.closeTo(v, 6))),
    )
  })

  it('counts and colours the matrix by the app’s recommendations and labels every bubble', async () => {
    for (const name of ['sample', 'stress']) {
      const d = deck(name)
      const input = inputs[name] as DeckInput
      const points = decisionMatrix(
        input.portfolio,
        input.scenarios[0]?.result ?? evaluate(compilePortfolio(input.portfolio)),
        today,
      )
      const titles = await Promise.all(d.slides.map((s) => slideText(d, s)))
      const index = titles.findIndex((t) => t.startsWith('Decision matrix'))
      const boxes = await textBoxes(d, d.slides[index] ?? '')
      // The side panel: each recommendation's label followed by the app's count.
      const text = boxes.join('\n')
      for (const c of matrixLegend(points)) expect(text, `${name}: ${c.label}`).toContain(`${c.label}\n${c.count}\n`)
      const placed = points.filter((p) => p.x !== null && p.y !== null)
      const rows = [...points].sort((a, b) => b.spend - a.spend || a.name.localeCompare(b.name))
      const numberOf = new Map(rows.map((p, i) => [p.id, i + 1]))
      const numbers = new Set(boxes.filter((b) => /^[\d, ]+$/.test(b)).flatMap((b) => b.split(', ').map(Number)))
      for (const p of placed) {
        const named = boxes.some((b) => (b.endsWith('…') ? p.name.startsWith(b.slice(0, -1)) : b === p.name))
        expect(named || numbers.has(numberOf.get(p.id) ?? -1), `${name}: ${p.name}`).toBe(true)
      }
    }
  })

  it('has slides for the tornado, the waterfall with its sentence, spend against budget with the reallocation, and the decisions due', () => {
    const d = deck('sample')
    const text = d.pages.map(pageText)
    expect(text[5]).toMatch(/saved \$[\d.]+ per query/)
    expect(text[6]).toContain('Change in NPV from')
    expect(text[9]).toContain('against a budget of $12M')
    expect(text[9]).toContain('Year Spend Budget Available Over')
    expect(text[10]).toMatch(/funding \d+ of 11 initiatives/)
    expect(text[11]).toContain('business reviews due within twelve months')
  })

  it('carries each slide’s sources and the assumptions in its speaker notes', async () => {
    for (const name of ['sample', 'fixture']) {
      const d = deck(name)
      const notes = Object.keys(d.zip.files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))
      expect(notes).toHaveLength(d.slides.length)
      for (const n of notes) {
        const t = decode([...(await part(d, n)).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' '))
        expect(t, n).toContain('Assumptions: ')
        expect(t, n).toContain('Prices as of: ')
      }
    }
    const fixtureNotes = decode(await part(deck('fixture'), 'ppt/notesSlides/notesSlide2.xml'))
    expect(fixtureNotes).toContain('Assumptions: 3 initiatives; horizon 30 months from Jan 2026; currency EUR')
    expect(fixtureNotes).toMatch(/Acme Big model: 1 Jun 2025, 15 Jul 2026/)
    expect(fixtureNotes).toContain('Other Mystery model: unpriced')
    const matrixNotes = decode(await part(deck('sample'), 'ppt/notesSlides/notesSlide8.xml'))
    expect(matrixNotes).toContain('quadrants split at scale economics 0 and strategic importance 50')
    // The optimiser's constraint, as the budget view words it: money in the portfolio's currency.
    const reallocationNotes = decode(await part(deck('sample'), 'ppt/notesSlides/notesSlide11.xml'))
    expect(reallocationNotes).toContain(
      'the constraint horizon spend ≤ $10,800,000 (annual budget $4,000,000 less the experimentation reserve, × 3 years)',
    )
  })

  it('applies the theme: company name, logo and colours', async () => {
    const d = deck('themed')
    const masters = Object.keys(d.zip.files).filter((n) =>
      /^ppt\/slide(Master|Layout)s\/slide(Master|Layout)\d+\.xml$/.test(n),
    )
    const masterXml = (await Promise.all(masters.map((m) => part(d, m)))).join('')
    expect(masterXml).toContain('<a:srgbClr val="0B3C49"/>')
    const media = Object.keys(d.zip.files).filter((n) => /^ppt\/media\/.*\.png$/.test(n))
    expect(media.length).toBeGreaterThan(0)
    const logo = sampleLogoPng()
    const found = await Promise.all(
      media.map(async (m) => Buffer.from(await (d.zip.file(m)?.async('uint8array') ?? new Uint8Array())).equals(logo)),
    )
    expect(found).toContain(true)
    expect(pageText(d.pages[0])).toContain('Northwind Group plc')
    for (const p of d.pages.slice(1)) expect(pageText(p)).toContain('Northwind Group plc · Sample')
    // The accent colours the baseline's line.
    const [trend] = await chartsOf(d, d.slides[4] ?? '')
    expect(/<c:lineChart>[\s\S]*?<c:ser>[\s\S]*?<a:srgbClr val="(\w+)"/.exec(await part(d, trend ?? ''))?.[1]).toBe(
      'E4572E',
    )
  })

  it('shows the sample fully priced: no shaded months, no footnote, no ceiling', () => {
    const d = deck('sample')
    expect((inputs.sample as DeckInput).scenarios.some((r) => r.result.totals.unpriced)).toBe(false)
    for (const page of d.pages) {
      const text = pageText(page)
      expect(text).not.toMatch(/no price|Shaded months|at most|at least|Marked ≥/)
      expect(text).not.toMatch(/\d\*/)
    }
  })

  it('marks unpriced unit costs and cases, never showing them as the cost', async () => {
    // The themed sample's caching lever reaches the field-service bot, whose models publish no
    // cache price, from its launch in its 13th month: the cost-per-query chart shades those months.
    const d = deck('themed')
    const [trend] = await chartsOf(d, d.slides[4] ?? '')
    const xml = await part(d, trend ?? '')
    const bar = /<c:barChart>[\s\S]*?<\/c:barChart>/.exec(xml)?.[0] ?? ''
    expect(bar).toContain('Unpriced month (lower bound)')
    // A month with a known price has an empty cell: no column.
    const shade = [
      ...(/<c:val>[\s\S]*?<\/c:val>/.exec(bar)?.[0] ?? '').matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]+)<\/c:v>/g),
    ]
    const runs = (inputs.themed as DeckInput).scenarios
    const routing = runs.find((r) => r.name === 'Caching and routing to a small model')
    const from = 12
    expect(shade.map((m) => Number(m[1]))).toEqual(Array.from({ length: 36 - from }, (_, i) => from + i))
    expect(new Set(shade.map((m) => Number(m[2]))).size).toBe(1)
    expect(routing?.result.series.unpriced[from]).toBe(1)
    expect(routing?.result.series.unpriced[from - 1]).toBe(0)
    const trendPage = pageText(d.pages[4])
    expect(trendPage).toContain('Shaded months: no price for Meta (Amazon Bedrock) Llama 3.3 70B Instruct on Bedrock')
    expect(trendPage).toContain('lower bound, not the cost (Jan 2027 – Dec 2028)')
    // The comparison marks the routing case's NPV and says why.
    const comparison = pageText(d.pages[2])
    const npv = moneyText(routing?.result.totals.npv ?? NaN, 'USD')
    expect(comparison).toContain(`${npv}*`)
    expect(comparison).toContain('* No price for')
    // It leads the comparison only as a ceiling.
    expect(comparison).toContain(
      `“Caching and routing to a small model” shows the highest NPV, ${npv}*, but leaves out a model price that is unknown: at most that.`,
    )
    // The baseline's own figures are priced: its headline gives the cost per query plainly.
    expect(trendPage).not.toContain('at least')
    // The fixture's baseline ends unpriced: its headline says the last cost per query is a floor.
    expect(pageText(deck('fixture').pages[4])).toMatch(/to at least €[\d.]+ in Jun 2028/)
    // The fixture's baseline leaves out prices: its summary gives the cost as a floor and NPV as a ceiling.
    const fixtureTotals = (inputs.fixture as DeckInput).scenarios[0]?.result.totals
    expect(pageText(deck('fixture').pages[1])).toContain(
      `At least ${moneyText(fixtureTotals?.cost ?? NaN, 'EUR')} of spend, an NPV of at most ${moneyText(fixtureTotals?.npv ?? NaN, 'EUR')}`,
    )
    // The fixture's recommendations mark the NPV of the initiatives that leave out a price.
    const fixtureRows = pageText(deck('fixture').pages.find((p) => pageText(p).startsWith('Recommendations')))
    const fixtureResult = (inputs.fixture as DeckInput).scenarios[0]?.result
    for (const r of fixtureResult?.initiatives ?? [])
      expect(fixtureRows.includes(`${moneyText(r.totals.npv, 'EUR')}*`), r.id).toBe(r.totals.unpriced)
    expect(fixtureRows).toContain('* No price for Acme Small model, Other Mystery model in some months')
    // Support alone is unpriced at both ends of its waterfall: both end columns read ≥ and the slide says why.
    const alone = pageText(deck('unpriced').pages.find((p) => pageText(p).startsWith('Why the unit cost moved')))
    expect(alone).toMatch(/≥ €[\d.]+ .*≥ €[\d.]+/)
    expect(alone).toContain('Marked ≥: no price for')
    expect(alone).toContain('in Mar 2026 and Jun 2028')
  })

  it("states the NPV date, undiscounted ROI, the payback rule and the cost spent before the horizon in the summary's notes", async () => {
    const notes = decode(await part(deck('fixture'), 'ppt/notesSlides/notesSlide2.xml'))
    expect(notes).toContain(
      'NPV of monthly net cash flows as of 1 Jan 2026 (the first day of the horizon), ROI (undiscounted) and payback month (the first month by which money spent is recovered)',
    )
    // Before 2026-01: support 60,000 (1 of its 3 build months of 60,000), contracts 105,000
    // (launched at -5: build 60,000 and one-offs 45,000), drafting 54,000 (6 of 20 build months of
    // 9,000): 219,000.
    expect(notes).toContain('Build and one-offs spent before Jan 2026 (sunk, not in these figures): €219K.')
    expect(notes).toContain(
      'No price in some months for Acme Small model, Other Mystery model, counted as 0: the cost is a lower bound',
    )
    expect(pageText(deck('fixture').pages[1])).toContain('€219K spent before')
  })
})
