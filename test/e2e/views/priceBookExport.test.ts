import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { parseCsv } from '../../unit/renderer/exportImport/parseCsv'
import { openView, waitForGrid } from '../grid'
import { appPerTest } from '../harness'

describe('price book export', () => {
  const app = appPerTest({}, waitForGrid)

  it('Export CSV saves the price book as shown on the chosen date: one row per model, prices as numbers', async () => {
    const page = app.page
    await openView(page, 'Price book')
    const asOf = '2026-06-01'
    await page.locator('#pb-asof').fill(asOf)
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV' }).click(),
    ])
    expect(file.suggestedFilename()).toBe(`Price book ${asOf}.csv`)
    const [header, ...rows] = parseCsv(readFileSync(await file.path(), 'utf8'))
    const modelAt = header?.indexOf('Model') ?? -1
    const inputAt = header?.indexOf('Input / 1M') ?? -1
    expect(modelAt).toBeGreaterThanOrEqual(0)
    expect(inputAt).toBeGreaterThanOrEqual(0)
    const book = samplePortfolio().priceBook
    expect(rows).toHaveLength(book.length)
    for (const model of book) {
      // The price in force: the latest dated price that starts on or before the date.
      const inForce = model.prices
        .filter((p) => p.effectiveFrom <= asOf)
        .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))
        .at(-1)
      const row = rows.find((r) => r[modelAt] === model.name)
      expect(row, model.name).toBeDefined()
      const cell = row?.[inputAt] ?? ''
      if (inForce?.inputPerM == null) expect(Number.isFinite(Number(cell)) && cell !== '').toBe(false)
      else expect(Number(cell)).toBe(inForce.inputPerM)
    }
    expect(app.errors).toEqual([])
  })
})
