import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchApp, launchBrowser } from './harness'
import { waitForGrid } from './grid'

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const
const SCHEMES = ['light', 'dark'] as const

/** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number)
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255
}

describe('the cost grid at 1280×800 and 1920×1080, light and dark', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
    mkdirSync('/tmp/shots', { recursive: true })
  })
  afterAll(async () => browser?.close())

  for (const size of SIZES) {
    for (const scheme of SCHEMES) {
      it(`${size.width}×${size.height} ${scheme}: fits the window, shows the total row, follows the colour scheme`, async () => {
        const app = await launchApp({ browser, viewport: size, colorScheme: scheme })
        try {
          const page = app.page
          await waitForGrid(page)
          const metrics = await page.evaluate(() => {
            const total = document.querySelector('.ag-row-pinned')?.getBoundingClientRect()
            const cells = [...document.querySelectorAll('.ag-row[row-id]:not(.ag-row-pinned)')]
            return {
              scrollWidth: document.documentElement.scrollWidth,
              scrollHeight: document.documentElement.scrollHeight,
              totalBottom: total?.bottom ?? Infinity,
              rows: cells.length,
              body: getComputedStyle(document.body).backgroundColor,
              grid: getComputedStyle(document.querySelector('.ag-root-wrapper') ?? document.body).backgroundColor,
            }
          })
          await page.screenshot({ path: `/tmp/shots/grid-${size.width}-${scheme}.png` })
          // No page-level scrollbars: the grid scrolls inside its own area.
          expect(metrics.scrollWidth).toBeLessThanOrEqual(size.width)
          expect(metrics.scrollHeight).toBeLessThanOrEqual(size.height)
          expect(metrics.totalBottom).toBeLessThanOrEqual(size.height)
          expect(metrics.rows).toBe(11)
          if (scheme === 'dark') {
            expect(luminance(metrics.body)).toBeLessThan(0.2)
            expect(luminance(metrics.grid)).toBeLessThan(0.25)
          } else {
            expect(luminance(metrics.body)).toBeGreaterThan(0.8)
            expect(luminance(metrics.grid)).toBeGreaterThan(0.8)
          }
          // No console errors either (a CSP violation would be one).
          expect(app.errors).toEqual([])
        } finally {
          await app.close()
        }
      })
    }
  }
})

describe('the budget view’s spend table', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => browser?.close())

  /** The table's scroll box, and where its first and last columns sit in it. */
  const measure = (page: Page) =>
    page.locator('[data-testid="budget-spend-table"]').evaluate((table) => {
      const box = table.parentElement as HTMLElement
      const rect = box.getBoundingClientRect()
      const firsts = [...table.querySelectorAll('tr > :first-child')].map((c) => c.getBoundingClientRect())
      const lasts = [...table.querySelectorAll('tr > :last-child')].map((c) => c.getBoundingClientRect())
      return {
        overflow: box.scrollWidth - box.clientWidth,
        firstLeft: Math.min(...firsts.map((r) => r.left)) - rect.left,
        firstMaxLeft: Math.max(...firsts.map((r) => r.left)) - rect.left,
        lastRight: Math.max(...lasts.map((r) => r.right)) - (rect.left + box.clientWidth),
        lastMinRight: Math.min(...lasts.map((r) => r.right)) - (rect.left + box.clientWidth),
      }
    })

  it('shows every column at 1280×800; in a narrower box the names and the horizon total stay pinned while the years scroll', async () => {
    const app = await launchApp({ browser, viewport: { width: 1280, height: 800 } })
    try {
      const page = app.page
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await waitForGrid(page)
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Budget' }).click()
      const table = page.locator('[data-testid="budget-spend-table"]')
      await table.waitFor()
      for (const breakdown of ['By initiative', 'By driver']) {
        await page.getByRole('button', { name: breakdown, exact: true }).click()
        await expect.poll(async () => (await measure(page)).overflow).toBeLessThanOrEqual(0)
        const m = await measure(page)
        expect(m.lastRight, breakdown).toBeLessThanOrEqual(0.5)
      }
      await table.scrollIntoViewIfNeeded()
      await page.screenshot({ path: '/tmp/shots/budget-spend-1280.png' })

      // In a box too narrow for the years (a narrow window, a long currency), they scroll between the pinned columns.
      await table.evaluate((t) => {
        ;(t.parentElement as HTMLElement).style.maxWidth = '420px'
      })
      await expect.poll(async () => (await measure(page)).overflow).toBeGreaterThan(0)
      await table.evaluate((t) => {
        const box = t.parentElement as HTMLElement
        box.scrollLeft = box.scrollWidth
      })
      await expect.poll(async () => (await measure(page)).firstLeft).toBeCloseTo(0, 0)
      await table.screenshot({ path: '/tmp/shots/budget-spend-pinned.png' })
      const m = await measure(page)
      expect(m.firstMaxLeft).toBeCloseTo(0, 0)
      expect(m.lastRight).toBeCloseTo(0, 0)
      expect(m.lastMinRight).toBeCloseTo(0, 0)
      await table.evaluate((t) => {
        ;(t.parentElement as HTMLElement).scrollLeft = 0
      })
      await expect.poll(async () => (await measure(page)).lastMinRight).toBeCloseTo(0, 0)
      expect(app.errors).toEqual([])
    } finally {
      await app.close()
    }
  })
})
