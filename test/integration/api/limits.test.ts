import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../../electron/api/createApi'
import { PortfolioFileError } from '../../../electron/db/errors'
import { PortfolioFile } from '../../../electron/db/portfolioFile'
import type { PortfolioSession } from '../../../electron/db/session'
import type { CostPool } from '../../../shared/model/costPool'
import type { Portfolio } from '../../../shared/model/portfolio'
import type { Scenario } from '../../../shared/model/scenario'
import type { ValidationIssue } from '../../../shared/model/validation'
import { expectError, expectOk } from '../../fixtures/db/api'
import { newSession, readDocuments, writePortfolioFile } from '../../fixtures/db/files'
import { initiative, model, testPortfolio } from '../../fixtures/db/portfolio'
import { makeTempDir } from '../../fixtures/db/tempDir'

let dir: string
let cleanup: () => void
let session: PortfolioSession | undefined
beforeEach(() => ({ dir, cleanup } = makeTempDir('gpp-limits-')))
afterEach(() => {
  session?.close()
  session = undefined
  cleanup()
})

const pool = (k: number): CostPool => ({
  id: `pool-${k}`,
  name: `Pool ${k}`,
  monthlyCost: 100,
  startMonth: 0,
  allocation: 'even',
  fixedShares: {},
})
const scenario = (k: number): Scenario => ({ id: `scenario-${k}`, name: `Scenario ${k}`, description: '', levers: [] })
const range = (n: number) => Array.from({ length: n }, (_, k) => k)

/** The portfolio of the tests with `n` items in one list (the fixture's own first). */
function withList(list: 'priceBook' | 'costPools' | 'initiatives' | 'scenarios', n: number): Portfolio {
  const p = testPortfolio()
  if (list === 'priceBook') p.priceBook.push(...range(n - 2).map((k) => model(`model-${k}`, `Model ${k}`, 1)))
  if (list === 'costPools') p.costPools.push(...range(n - 2).map(pool))
  if (list === 'initiatives') p.initiatives.push(...range(n - 3).map((k) => initiative(`row-${k}`, `Row ${k}`)))
  if (list === 'scenarios') p.scenarios = range(n).map(scenario)
  return p
}

/** The API over a file holding `portfolio` (written as is: the tests put files at and over the limits). */
async function apiOn(portfolio: Portfolio): Promise<{ api: Api; path: string }> {
  const path = await writePortfolioFile(join(dir, 'limits.aiportfolio'), portfolio)
  session = newSession(dir)
  session.open(path)
  return { api: createApi({ session }), path }
}

/** The issues a file holding `portfolio` is refused with when it is opened. */
async function openIssues(portfolio: Portfolio): Promise<ValidationIssue[]> {
  const path = await writePortfolioFile(join(dir, 'over.aiportfolio'), portfolio)
  try {
    PortfolioFile.open(path).close()
  } catch (e) {
    if (!(e instanceof PortfolioFileError)) throw e
    expect(e.kind).toBe('invalid_content')
    expect(e.message).not.toContain('#undefined')
    return e.issues ?? []
  }
  throw new Error('the file over the limit opened')
}

describe('every write checks the portfolio limits, with the words of the open-time refusal', () => {
  it('models: the 501st is refused, naming the price book; replacing one at the limit is fine', async () => {
    const { api, path } = await apiOn(withList('priceBook', 500))
    const error = expectError(
      await api.invoke('priceBook:upsert', { model: model('one-more', 'One more', 1) }),
      'validation',
    )
    const issue = {
      path: ['priceBook'],
      field: '',
      entity: 'Price book',
      rule: 'must hold 500 models or fewer',
      message: 'Price book: must hold 500 models or fewer',
    }
    expect(error.message).toBe('Price book: must hold 500 models or fewer. Nothing was changed.')
    expect(error.issues).toEqual([issue])
    expect(await openIssues(withList('priceBook', 501))).toEqual([issue])
    expectOk(await api.invoke('priceBook:upsert', { model: model('model-7', 'Model seven', 2) }))
    expect(readDocuments(path, 'price_models')).toHaveLength(500)
  })

  it('cost pools: the 201st is refused, naming the cost pools', async () => {
    const { api, path } = await apiOn(withList('costPools', 200))
    const error = expectError(await api.invoke('costPool:upsert', { pool: pool(999) }), 'validation')
    expect(error.issues).toEqual(await openIssues(withList('costPools', 201)))
    expect(error.message).toBe('Cost pools: must hold 200 cost pools or fewer. Nothing was changed.')
    expect(readDocuments(path, 'cost_pools')).toHaveLength(200)
  })

  it('scenarios: the 101st is refused on create and on duplicate, naming the scenarios', async () => {
    const { api } = await apiOn(withList('scenarios', 100))
    const created = expectError(await api.invoke('scenarios:create', { scenario: scenario(999) }), 'validation')
    const issues = await openIssues(withList('scenarios', 101))
    expect(created.issues).toEqual(issues)
    expect(created.message).toBe('Scenarios: must hold 100 scenarios or fewer. Nothing was changed.')
    const copied = expectError(
      await api.invoke('scenarios:duplicate', { id: 'scenario-3', newId: 'scenario-copy' }),
      'validation',
    )
    expect(copied.issues).toEqual(issues)
    expect(expectOk<Scenario[]>(await api.invoke('scenarios:list', {}))).toHaveLength(100)
  })

  it('initiatives: the 5,001st is refused when created, imported or an import redone, naming the initiatives', async () => {
    const { api, path } = await apiOn(withList('initiatives', 5000))
    const issue = {
      path: ['initiatives'],
      field: '',
      entity: 'Initiatives',
      rule: 'must hold 5,000 initiatives or fewer',
      message: 'Initiatives: must hold 5,000 initiatives or fewer',
    }
    const created = expectError(
      await api.invoke('initiative:create', { initiative: initiative('one-more', 'One more') }),
      'validation',
    )
    expect(created.issues).toEqual([issue])
    const csv = Buffer.from('Name,Owner\nImported,Ann\n').toString('base64')
    const imported = expectError(
      await api.invoke('import:apply', { fileName: 'rows.csv', contentBase64: csv }),
      'validation',
    )
    expect(imported.message).toContain('The portfolio has 5,000 initiatives; adding 1 would pass the limit of 5,000.')
    const redone = expectError(
      await api.invoke('import:redo', { initiatives: [initiative('redone', 'Redone')], index: 0 }),
      'validation',
    )
    expect(redone.issues).toEqual([issue])
    expect(await openIssues(withList('initiatives', 5001))).toEqual([issue])
    expect(readDocuments(path, 'initiatives')).toHaveLength(5000)
  })
})
