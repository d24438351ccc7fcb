import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../shared/data/samplePortfolio'
import { appPerTest } from './harness'
import { rowIds, totalText, waitForGrid } from './grid'

describe('opening the sample portfolio', () => {
  const app = appPerTest({}, waitForGrid)

  it('shows one row per initiative of the sample, the portfolio name and file, and no console errors', async () => {
    const expected = samplePortfolio().initiatives.map((i) => i.id)
    expect(await rowIds(app.page)).toEqual(expected)
    await expect(app.page.locator('.header__name').innerText()).resolves.toBe(samplePortfolio().settings.name)
    await expect(app.page.locator('.header__path').innerText()).resolves.toMatch(/Portfolio\.aiportfolio$/)
    // The total row sums what can be summed: target users over the 11 sample initiatives.
    const targetUsers = samplePortfolio().initiatives.reduce((sum, i) => sum + i.usage.targetUsers, 0)
    expect(await totalText(app.page, 'usage.targetUsers')).toBe(targetUsers.toLocaleString('en-US'))
    expect(await totalText(app.page, 'usage.rampMonths')).toBe('')
    await app.page.screenshot({ path: '/tmp/shots/open.png' })
    expect(app.errors).toEqual([])
  })
})
