import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../shared/data/samplePortfolio'
import type { Portfolio } from '../../shared/model'
import { appPerTest } from './harness'
import { rowIds, totalText } from './grid'

/** The sample's settings and price book with no initiatives (and so no pools to allocate). */
function emptyPortfolio(): Portfolio {
  const p = samplePortfolio()
  return { ...p, initiatives: [], costPools: [] }
}

describe('an empty portfolio', () => {
  const app = appPerTest({ portfolio: emptyPortfolio })

  it('says how to start, and the first initiative can be added and named from the grid', async () => {
    const page = app.page
    await page.getByText('No initiatives yet').waitFor()
    expect(await page.locator('.gpp-grid-toolbar__count').innerText()).toBe('0 initiatives')
    await page.getByRole('button', { name: '+ Add initiative' }).click()
    // It is named before anything is saved.
    await page.getByLabel('Name the new initiative').waitFor()
    await page.keyboard.type('Invoice matching')
    await page.keyboard.press('Enter')
    await page.waitForFunction(
      () =>
        document.querySelector('.ag-row[row-id] .ag-cell[col-id="name"]')?.textContent?.trim() === 'Invoice matching',
    )
    const r = await app.call('portfolio:get', {})
    const stored = r.ok ? r.data.portfolio.initiatives : []
    expect(stored.map((i) => i.name)).toEqual(['Invoice matching'])
    expect(await rowIds(page)).toEqual([stored[0]?.id])
    // A blank initiative costs nothing until it is filled in.
    expect(await totalText(page, 'result.cost')).toBe('$0')
    expect(app.errors).toEqual([])
  })
})
