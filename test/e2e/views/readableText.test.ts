/**
 * Every view of the sample, as a new user reads it in Chromium: body text of at least 13 px, dates
 * written one way ("7 Jul 2027", "Jul 2027", never "2027-07-07"), no modelling jargon ("m12",
 * "11 in horizon"), no table that hides rows inside a scroll of its own, and no headline figure cut
 * short.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openView, waitForGrid } from '../grid'
import { launchApp, type RunningApp } from '../harness'

const VIEWS = [
  { label: 'Cost model', root: '.gpp-grid-view' },
  { label: 'Overview', root: '[data-view="overview"]' },
  // The comparison arrives from the engine's worker: read the view once it is in.
  { label: 'Scenarios', root: '[data-view="scenarios"]:has(.comparison[data-comparison="done"])' },
  { label: 'Decision matrix', root: '[data-view="decisions"]' },
  { label: 'Governance', root: '[data-view="governance"]' },
  { label: 'Budget', root: '[data-view="budget"]' },
  { label: 'Price book', root: '[data-view="priceBook"]' },
  { label: 'Cost pools', root: '[data-view="costPools"]' },
] as const

interface Reading {
  small: string[]
  isoDates: string[]
  jargon: string[]
  innerScrolls: string[]
  cutFigures: string[]
}

/** What the open page shows, read in the page: text too small, dates and jargon in its text, inner scrolls. */
function readPage(): Reading {
  const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`
  const small: string[] = []
  for (const el of document.querySelectorAll('body *')) {
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim())
    // A footnote mark (superscript "*") is not body text.
    if (!ownText || el.tagName === 'SUP' || el.getClientRects().length === 0) continue
    const size = parseFloat(getComputedStyle(el).fontSize)
    if (size < 13) small.push(`${name(el)} ${String(size)}px “${(el.textContent ?? '').trim().slice(0, 40)}”`)
  }
  const text = document.body.innerText
  const isoDates = text.match(/\b\d{4}-\d{2}(-\d{2})?\b/g) ?? []
  const jargon = text.match(/\(m\d+\)|\bm\d{1,3}\b|\d+ in horizon|month index/g) ?? []
  const innerScrolls: string[] = []
  for (const el of document.querySelectorAll('main *')) {
    // The grids are virtualised by design; everything else grows with the page.
    if (el.closest('.ag-root-wrapper') || el.closest('.lever-multi')) continue
    const style = getComputedStyle(el)
    const scrolls = style.overflowY === 'auto' || style.overflowY === 'scroll'
    if (scrolls && el.scrollHeight > el.clientHeight + 1 && el.querySelector('table, tr, li'))
      innerScrolls.push(`${name(el)} (${String(el.scrollHeight)} in ${String(el.clientHeight)} px)`)
  }
  // A headline figure cut short ("$17,057,…") is unreadable.
  const cutFigures = [...document.querySelectorAll('.kpi__value')]
    .filter((el) => el.scrollWidth > el.clientWidth + 1)
    .map((el) => (el.textContent ?? '').trim())
  return { small, isoDates, jargon, innerScrolls, cutFigures }
}

function expectReadable(read: Reading): void {
  expect(read.small.join('\n'), 'text under 13 px').toBe('')
  expect(read.isoDates.join(', '), 'dates not written as "7 Jul 2027"').toBe('')
  expect(read.jargon, 'jargon').toEqual([])
  expect(read.innerScrolls, 'tables scrolling inside themselves').toEqual([])
  expect(read.cutFigures, 'headline figures cut short').toEqual([])
}

describe('every view reads plainly (browser mode, sample portfolio)', () => {
  let app: RunningApp
  beforeAll(async () => {
    app = await launchApp({ viewport: { width: 1280, height: 800 } })
    await app.page.emulateMedia({ reducedMotion: 'reduce' })
    await waitForGrid(app.page)
  })
  afterAll(async () => app?.close())

  it('An initiative: text at least 13 px, one date format, no jargon, no table scrolling inside itself', async () => {
    const page = app.page
    await openView(page, 'Overview')
    // The initiative with a decision logged and a review date: every kind of date the page shows.
    await page.locator('[data-view="overview"] .link-button').first().click()
    await page.locator('#detail-picker').selectOption('code-assistant')
    await page.locator('[data-view="initiative"] [data-testid="decision-log"]').waitFor()
    expectReadable(await page.evaluate(readPage))
  })

  for (const { label, root } of VIEWS) {
    it(`${label}: text at least 13 px, one date format, no jargon, no table scrolling inside itself, no figure cut short`, async () => {
      const page = app.page
      await openView(page, label)
      await page.locator(root).waitFor()
      // The view has drawn its content (a table, a chart or the grid) before it is read.
      await page.locator(`${root} :is(table, canvas, .ag-row[row-id], h2)`).first().waitFor()
      expectReadable(await page.evaluate(readPage))
    })
  }
})
