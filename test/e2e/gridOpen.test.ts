import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../shared/data/samplePortfolio'
import { launchApp, type RunningApp } from './harness'
import { rowIds, waitForGrid } from './grid'

describe('opening the sample portfolio', () => {
  let app: RunningApp
  beforeAll(async () => {
    app = await launchApp()
    await waitForGrid(app.page)
  })
  afterAll(async () => app?.close())

  it('shows one row per initiative of the sample, the portfolio name and file, and no console errors', async () => {
    const expected = samplePortfolio().initiatives.map((i) => i.id)
    expect(await rowIds(app.page)).toEqual(expected)
    await expect(app.page.locator('.header__name').innerText()).resolves.toBe(samplePortfolio().settings.name)
    await expect(app.page.locator('.header__path').innerText()).resolves.toMatch(/Portfolio\.aiportfolio$/)
    await app.page.screenshot({ path: '/tmp/shots/open.png' })
    expect(app.errors).toEqual([])
  })
})
