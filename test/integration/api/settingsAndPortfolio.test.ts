import { copyFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { PortfolioSnapshot } from '../../../shared/api/contract'
import type { PortfolioSettings } from '../../../shared/model/settings'
import { apiPerTest, expectError, expectOk } from '../../fixtures/db/api'
import { bytesOf, readSettings, writePortfolioFile } from '../../fixtures/db/files'
import { testPortfolio } from '../../fixtures/db/portfolio'

const fx = apiPerTest()

describe('settings:update', () => {
  it('merges a patch and has it on disk', async () => {
    const s = expectOk<PortfolioSettings>(
      await fx.t.api.invoke('settings:update', { patch: { horizonMonths: 48, annualBudget: null } }),
    )
    expect(s).toEqual({ ...testPortfolio().settings, horizonMonths: 48, annualBudget: null })
    expect(readSettings(fx.t.path)).toEqual(s)
  })

  it('refuses a horizon that would cut off a launch month, naming the initiative', async () => {
    const error = expectError(await fx.t.api.invoke('settings:update', { patch: { horizonMonths: 5 } }), 'validation')
    expect(error.issues?.map((i) => i.message)).toEqual([
      'Initiative "Knowledge search": usage.launchMonth must fall within the 5-month horizon (0 to 4)',
    ])
    expect((readSettings(fx.t.path) as PortfolioSettings).horizonMonths).toBe(24)
  })

  it('refuses bad values with the field named', async () => {
    const currency = expectError(
      await fx.t.api.invoke('settings:update', { patch: { currency: 'euro' } }),
      'validation',
    )
    expect(currency.issues?.[0]?.field).toBe('patch.currency')
    const reserve = expectError(
      await fx.t.api.invoke('settings:update', { patch: { experimentationReserve: { kind: 'share', value: 2 } } }),
      'validation',
    )
    expect(reserve.message).toBe(
      'Portfolio settings: experimentationReserve.value must be between 0% and 100% when it is a share of the budget',
    )
  })
})

describe('portfolio methods', () => {
  it('portfolio:get returns the open file and its portfolio', async () => {
    const snap = expectOk<PortfolioSnapshot>(await fx.t.api.invoke('portfolio:get', {}))
    expect(snap).toEqual({ path: fx.t.path, portfolio: testPortfolio(), revision: expect.any(Number) })
  })

  it('portfolio:open refuses bad files with typed errors and keeps the current portfolio', async () => {
    const text = join(fx.dir, 'notes.aiportfolio')
    writeFileSync(text, 'hello')
    expect(expectError(await fx.t.api.invoke('portfolio:open', { path: text }), 'bad_file').message).toContain(
      'not an SQLite database',
    )
    const newer = join(fx.dir, 'newer.aiportfolio')
    copyFileSync(fx.t.path, newer)
    const db = new Database(newer)
    db.pragma('user_version = 9')
    db.close()
    const before = bytesOf(newer)
    expectError(await fx.t.api.invoke('portfolio:open', { path: newer }), 'newer_version')
    expect(bytesOf(newer).equals(before)).toBe(true)
    expectError(await fx.t.api.invoke('portfolio:open', { path: join(fx.dir, 'missing.aiportfolio') }), 'not_found')
    expect(expectOk<PortfolioSnapshot>(await fx.t.api.invoke('portfolio:get', {})).path).toBe(fx.t.path)
  })

  it('portfolio:open, new, saveAs and recent switch files and remember them', async () => {
    const other = await writePortfolioFile(join(fx.dir, 'other.aiportfolio'), {
      ...testPortfolio(),
      initiatives: [],
      costPools: [],
    })
    expect(
      expectOk<PortfolioSnapshot>(await fx.t.api.invoke('portfolio:open', { path: other })).portfolio.initiatives,
    ).toEqual([])
    const fresh = join(fx.dir, 'fresh.aiportfolio')
    const created = expectOk<PortfolioSnapshot>(await fx.t.api.invoke('portfolio:new', { path: fresh, sample: true }))
    expect(created).toEqual({ path: fresh, portfolio: testPortfolio(), revision: expect.any(Number) })
    expectError(await fx.t.api.invoke('portfolio:new', { path: other, sample: false }), 'conflict')
    const copy = join(fx.dir, 'copy.aiportfolio')
    expect(expectOk<PortfolioSnapshot>(await fx.t.api.invoke('portfolio:saveAs', { path: copy })).path).toBe(copy)
    expect(expectOk<string[]>(await fx.t.api.invoke('portfolio:recent', {}))).toEqual([copy, fresh, other, fx.t.path])
  })
})
