import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CostPool } from '../../../shared/model/costPool'
import type { PriceBookModel } from '../../../shared/model/priceBook'
import { expectError, expectOk, openApi, type ApiFixture } from '../../fixtures/db/api'
import { readDocuments } from '../../fixtures/db/files'
import { model } from '../../fixtures/db/portfolio'
import { makeTempDir } from '../../fixtures/db/tempDir'

let t: ApiFixture
let cleanup: () => void
beforeEach(async () => {
  const tmp = makeTempDir()
  cleanup = tmp.cleanup
  t = await openApi(tmp.dir)
})
afterEach(() => {
  t.session.close()
  cleanup()
})

const pool = (over: Partial<CostPool>): CostPool => ({
  id: 'eval-cluster',
  name: 'Eval cluster',
  monthlyCost: 3000,
  startMonth: 0,
  allocation: 'fixed',
  fixedShares: { sales: 0.6, search: 0.4 },
  ...over,
})

describe('priceBook:upsert and priceBook:delete', () => {
  it('appends a new model and replaces an existing one in place', async () => {
    expectOk(await t.api.invoke('priceBook:upsert', { model: model('acme-mini', 'Acme Mini', null) }))
    expectOk(await t.api.invoke('priceBook:upsert', { model: model('acme-large', 'Acme Large 2', 2.5) }))
    const rows = readDocuments(t.path, 'price_models')
    expect(rows.map((r) => [r.id, (r.data as PriceBookModel).name])).toEqual([
      ['acme-large', 'Acme Large 2'],
      ['acme-small', 'Acme Small'],
      ['acme-mini', 'Acme Mini'],
    ])
    expect((rows[0]?.data as PriceBookModel).prices[0]?.outputPerM).toBe(10)
  })

  it('refuses a model with two prices from the same date, naming the field', async () => {
    const m = model('twice', 'Twice', 1)
    const price = m.prices[0]
    if (!price) throw new Error('fixture has a price')
    const error = expectError(
      await t.api.invoke('priceBook:upsert', { model: { ...m, prices: [price, price] } }),
      'validation',
    )
    expect(error.issues?.[0]?.path).toEqual(['model', 'prices', 1, 'effectiveFrom'])
    expect(readDocuments(t.path, 'price_models')).toHaveLength(2)
  })

  it('refuses to delete a model in use, naming the initiatives, and deletes an unused one', async () => {
    const error = expectError(await t.api.invoke('priceBook:delete', { id: 'acme-small' }), 'conflict')
    expect(error.message).toBe(
      'Cannot delete model "Acme Small": it is in the model mix of initiatives "Sales email drafts", "Knowledge search". Change their model mix first.',
    )
    expectOk(await t.api.invoke('priceBook:upsert', { model: model('spare', 'Spare', 1) }))
    const removed = expectOk<{ model: PriceBookModel; index: number }>(
      await t.api.invoke('priceBook:delete', { id: 'spare' }),
    )
    expect(removed.index).toBe(2)
    expect(readDocuments(t.path, 'price_models').map((r) => r.id)).toEqual(['acme-large', 'acme-small'])
    expectError(await t.api.invoke('priceBook:delete', { id: 'spare' }), 'not_found')
  })
})

describe('costPool:upsert and costPool:delete', () => {
  it('stores a valid pool and deletes it, returning its index', async () => {
    expectOk(await t.api.invoke('costPool:upsert', { pool: pool({}) }))
    expect(readDocuments(t.path, 'cost_pools').map((r) => r.id)).toEqual(['platform-team', 'gateway', 'eval-cluster'])
    const removed = expectOk<{ pool: CostPool; index: number }>(
      await t.api.invoke('costPool:delete', { id: 'gateway' }),
    )
    expect(removed.index).toBe(1)
    expect(readDocuments(t.path, 'cost_pools').map((r) => r.id)).toEqual(['platform-team', 'eval-cluster'])
    expectError(await t.api.invoke('costPool:delete', { id: 'gateway' }), 'not_found')
  })

  it('validates fixed shares against the initiatives and the horizon', async () => {
    const error = expectError(
      await t.api.invoke('costPool:upsert', {
        pool: pool({ startMonth: 30, fixedShares: { sales: 0.5, ghost: 0.3 } }),
      }),
      'validation',
    )
    expect(error.issues?.map((i) => i.message)).toEqual([
      'Cost pool "Eval cluster": startMonth must fall within the 24-month horizon (0 to 23)',
      'Cost pool "Eval cluster": fixedShares.ghost must name an initiative in the portfolio (unknown initiative "ghost")',
      'Cost pool "Eval cluster": fixedShares shares must sum to 100% (they sum to 80.0000%)',
    ])
    expect(error.issues?.[1]?.path).toEqual(['eval-cluster', 'fixedShares', 'ghost'])
    expect(readDocuments(t.path, 'cost_pools')).toHaveLength(2)
  })
})
