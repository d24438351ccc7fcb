import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
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
