import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeAtomically } from '../../../electron/exports/atomicWrite'
import { writeDeck, type DeckScenario } from '../../../electron/exports/pptx'
import { QUADRANT_LABELS } from '../../../shared/decisions'
import { compilePortfolio, evaluate } from '../../../shared/engine'
import { convert, makeProfile } from './libreOffice'
import { fixturePortfolio } from './portfolioFixture'
import { leverScenario } from './scenarioFixture'

/**
 * Acceptance test of the board deck (issue 6): LibreOffice converts it to PDF headless, one
 * page per slide, and the package holds native chart parts (bar, line, bubble) whose cached
 * numbers are the engine's, with speaker notes carrying the assumptions.
 */
const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'gpp-pptx-'))
const portfolio = fixturePortfolio()
const base = compilePortfolio(portfolio)
const levers = leverScenario(base)
const scenarios: DeckScenario[] = [
  { name: 'Baseline', result: evaluate(base) },
  { name: 'Cheaper prices & caching', description: 'Big model -50% from month 12', result: evaluate(levers) },
]
const deckPath = join(dir, 'deck.pptx')
let zip: JSZip
let slides: string[]
let conversion: string

const text = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? ''
const byNumber = (a: string, b: string): number =>
  Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1])

beforeAll(async () => {
  await writeAtomically(deckPath, (out) => writeDeck({ portfolio, scenarios, exportedOn: '2026-11-28' }, out))
  zip = await JSZip.loadAsync(readFileSync(deckPath))
  slides = Object.keys(zip.files)
    .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort(byNumber)
  conversion = await convert(makeProfile(join(dir, 'profile')), [deckPath], 'pdf', join(dir, 'out'))
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The slide's visible text, runs joined. */
async function slideText(name: string): Promise<string> {
  return [...(await text(name)).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ')
}

/** Chart parts a slide refers to, through its relationships. */
async function chartsOf(slide: string): Promise<string[]> {
  const rels = await text(slide.replace('slides/', 'slides/_rels/').replace(/\.xml$/, '.xml.rels'))
  return [...rels.matchAll(/Target="(?:\/ppt|\.\.)\/charts\/(chart\d+\.xml)"/g)].map((m) => `ppt/charts/${m[1] ?? ''}`)
}

describe('PPTX board deck', () => {
  it('converts to PDF headless with LibreOffice, one page per slide', async () => {
    expect(conversion).not.toMatch(/Error/i)
    const { stdout } = await run('pdfinfo', [join(dir, 'out', 'deck.pdf')])
    const pages = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1])
    expect(slides).toHaveLength(8)
    expect(pages).toBe(slides.length)
  })

  it('has the slides of the issue in order', async () => {
    const titles = await Promise.all(slides.map(slideText))
    const expected = [
      'Fixture portfolio',
      'Portfolio summary (baseline)',
      'Scenario comparison (EUR)',
      'Cost by driver per year, baseline (EUR)',
      'Fully loaded cost per query (EUR)',
      'Decision matrix (baseline)',
      'Recommendations and governance flags',
      'Upcoming business reviews',
    ]
    expected.forEach((t, i) => expect(titles[i], `slide ${i + 1}`).toContain(t))
    // The matrix slide names its four quadrants; the summary slide carries the KPI figures.
    for (const label of Object.values(QUADRANT_LABELS)) expect(titles[5]).toContain(label)
    for (const kpi of ['Horizon cost', 'Horizon value', 'NPV', 'ROI', 'Payback month']) expect(titles[1]).toContain(kpi)
    expect(titles[7]).toContain('Support deflection assistant')
  })

  it('draws every chart as a native chart part (bar, bar, line, bubble), never as a picture', async () => {
    const kinds: string[] = []
    for (const slide of slides) {
      const xml = await text(slide)
      expect(xml, slide).not.toContain('<p:pic>')
      for (const chart of await chartsOf(slide)) {
        const chartXml = await text(chart)
        kinds.push(/<c:(barChart|lineChart|bubbleChart|pieChart|areaChart|scatterChart)>/.exec(chartXml)?.[1] ?? 'none')
        expect(xml).toContain('http://schemas.openxmlformats.org/drawingml/2006/chart')
      }
    }
    expect(kinds).toEqual(['barChart', 'barChart', 'lineChart', 'bubbleChart'])
    // Editable: each chart carries its data as an embedded workbook.
    expect(Object.keys(zip.files).filter((n) => /^ppt\/embeddings\/.*\.xlsx$/.test(n))).toHaveLength(4)
  })

  it("caches the engine's numbers in the comparison chart", async () => {
    const chart = (await chartsOf(slides[2] ?? ''))[0] ?? ''
    const xml = await text(chart)
    const values = [...xml.matchAll(/<c:val>[\s\S]*?<\/c:val>/g)].map((m) =>
      [...(m[0] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1])),
    )
    const want = scenarios.map((s) => [s.result.totals.cost, s.result.totals.value, s.result.totals.npv])
    expect(values).toHaveLength(2)
    values.forEach((series, i) => series.forEach((v, j) => expect(v).toBeCloseTo(want[i]?.[j] ?? NaN, 6)))
  })

  it('carries the assumptions in the speaker notes of every content slide', async () => {
    const notes = Object.keys(zip.files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))
    expect(notes).toHaveLength(slides.length)
    for (const n of notes) {
      const t = [...(await text(n)).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ')
      expect(t, n).toContain('Assumptions: 3 initiatives; horizon 30 months from 2026-01; currency EUR')
      expect(t, n).toContain(
        'Prices as of: Acme Big model: 2025-06-01, 2026-07-15; Acme Small model: 2026-01-01; Other Mystery model: unpriced',
      )
    }
  })

  it("states the NPV date, undiscounted ROI and the cost spent before the horizon in the summary slide's notes", async () => {
    const notes = Object.keys(zip.files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))
    const all = await Promise.all(
      notes.map(async (n) => [...(await text(n)).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ')),
    )
    const summary = all.find((t) => t.startsWith('Horizon totals of the baseline'))
    expect(summary).toContain(
      'NPV of monthly net cash flows as of 2026-01-01 (the first day of the horizon), ROI (undiscounted)',
    )
    // Before 2026-01: support 60,000 (1 of its 3 build months of 60,000), contracts 105,000
    // (launched at -5: build 60,000 and one-offs 45,000), drafting 54,000 (6 of 20 build months of
    // 9,000): 219,000.
    expect(summary).toContain('Build and one-offs spent before 2026-01 (sunk, not in these figures): 219.00k EUR.')
  })
})
