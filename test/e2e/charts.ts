/**
 * Reading and pointing at ECharts charts in a page. Positions come from the live chart instance
 * (convertToPixel) that EChart keeps on its host element, never from the test's own idea of the
 * layout, and a hover is retried until the tooltip shows: under load the first move can land while
 * the chart is still redrawing.
 */
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import type { ChartHostElement } from '../../renderer/src/charts/EChart'

export interface ChartPoint {
  /** Page (viewport) pixels, as page.mouse takes them. */
  x: number
  y: number
}

/** Where the chart draws its data item named `name`, and the value the chart holds for it. */
export async function itemOnChart(host: Locator, name: string): Promise<ChartPoint & { value: number[] }> {
  const found = await host.evaluate((el, wanted) => {
    const chart = (el as ChartHostElement).chart
    if (!chart) return null
    const series = (chart.getOption().series ?? []) as { data?: unknown[] }[]
    for (const [seriesIndex, s] of series.entries()) {
      for (const item of s.data ?? []) {
        if (typeof item !== 'object' || item === null || (item as { name?: unknown }).name !== wanted) continue
        const value = (item as { value: number[] }).value
        const [x = NaN, y = NaN] = chart.convertToPixel({ seriesIndex }, value) as number[]
        const box = el.getBoundingClientRect()
        return { x: box.left + x, y: box.top + y, value }
      }
    }
    return null
  }, name)
  if (!found) throw new Error(`the chart draws no item named "${name}"`)
  return found
}

/** A point of the first grid in data coordinates, in page pixels; 'min' is the axis's own minimum. */
export async function gridPointOnChart(host: Locator, point: [number | 'min', number | 'min']): Promise<ChartPoint> {
  const found = await host.evaluate((el, wanted) => {
    const chart = (el as ChartHostElement).chart
    if (!chart) return null
    const option = chart.getOption() as { xAxis?: { min?: unknown }[]; yAxis?: { min?: unknown }[] }
    const axisMin = (axis: { min?: unknown }[] | undefined) => (typeof axis?.[0]?.min === 'number' ? axis[0].min : 0)
    const data = [
      wanted[0] === 'min' ? axisMin(option.xAxis) : wanted[0],
      wanted[1] === 'min' ? axisMin(option.yAxis) : wanted[1],
    ]
    const [x = NaN, y = NaN] = chart.convertToPixel({ gridIndex: 0 }, data) as number[]
    const box = el.getBoundingClientRect()
    return { x: box.left + x, y: box.top + y }
  }, point)
  if (!found) throw new Error('no chart on this host')
  return found
}

/**
 * Hovers the data item named `name` until the chart's tooltip shows it, and returns the tooltip's
 * text. Each try scrolls the chart into view, reads the item's position again and comes in from
 * outside, so it is a new hover.
 */
export async function hoverItem(page: Page, host: Locator, name: string): Promise<string> {
  // ECharts puts its tooltip in the host, beside the element that holds the canvas.
  const tooltip = host
    .locator(':scope > div', { hasText: name })
    .filter({ hasNot: page.locator('canvas') })
    .first()
  let text = ''
  await expect
    .poll(async () => {
      // The mouse moves in the viewport: bring the chart in first (an edit further down the page
      // leaves it scrolled out of view).
      await host.scrollIntoViewIfNeeded()
      const at = await itemOnChart(host, name)
      await page.mouse.move(at.x - 40, at.y - 40)
      await page.mouse.move(at.x, at.y, { steps: 2 })
      text = (await tooltip.isVisible()) ? await tooltip.innerText() : ''
      return text
    })
    .toContain(name)
  return text
}
