import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PortfolioFile } from '../../../electron/db/portfolioFile'
import type { Scenario } from '../../../shared/model/scenario'
import { expectError, expectOk, openApi, type ApiFixture } from '../../fixtures/db/api'
import { makeTempDir } from '../../fixtures/db/tempDir'

let dir: string
let cleanup: () => void
let fx: ApiFixture
beforeEach(async () => {
  ;({ dir, cleanup } = makeTempDir('gpp-scenarios-'))
  fx = await openApi(dir)
})
afterEach(() => {
  fx.session.close()
  cleanup()
})

function scenario(id: string, name: string, amount = -0.5): Scenario {
  return {
    id,
    name,
    description: '',
    levers: [
      {
        id: 'p',
        kind: 'price',
        enabled: true,
        scope: { kind: 'portfolio' },
        timing: { kind: 'from', month: 3 },
        target: { kind: 'all' },
        amount,
      },
    ],
  }
}

/** What a fresh open of the file holds: proves each change was committed to disk. */
function reopened(path: string): Scenario[] {
  const file = PortfolioFile.open(path)
  try {
    return file.portfolio.scenarios ?? []
  } finally {
    file.close()
  }
}

const names = (list: readonly Scenario[]) => list.map((s) => s.name)

describe('scenario handlers on a real portfolio file', () => {
  it('create, list, rename, duplicate, reorder and delete, each on disk when the call returns', async () => {
    expect(expectOk<Scenario[]>(await fx.api.invoke('scenarios:list', {}))).toEqual([])
    expectOk(await fx.api.invoke('scenarios:create', { scenario: scenario('a', 'Cheap models') }))
    expectOk(await fx.api.invoke('scenarios:create', { scenario: scenario('b', 'Dear models', 0.2) }))
    expect(names(reopened(fx.path))).toEqual(['Cheap models', 'Dear models'])

    const renamed = expectOk<Scenario>(await fx.api.invoke('scenarios:rename', { id: 'a', name: '  Price war ' }))
    expect(renamed.name).toBe('Price war')
    const dup = expectOk<{ scenario: Scenario; index: number }>(
      await fx.api.invoke('scenarios:duplicate', { id: 'a', newId: 'a2' }),
    )
    expect(dup.index).toBe(1)
    expect(dup.scenario.name).toBe('Price war (copy)')
    expect(dup.scenario.levers).toEqual(renamed.levers)
    expect(names(reopened(fx.path))).toEqual(['Price war', 'Price war (copy)', 'Dear models'])

    const order = expectOk<Scenario[]>(await fx.api.invoke('scenarios:reorder', { id: 'b', index: 0 }))
    expect(names(order)).toEqual(['Dear models', 'Price war', 'Price war (copy)'])
    expect(names(reopened(fx.path))).toEqual(names(order))

    const removed = expectOk<{ scenario: Scenario; index: number }>(
      await fx.api.invoke('scenarios:delete', { id: 'a' }),
    )
    expect(removed.index).toBe(1)
    expect(names(reopened(fx.path))).toEqual(['Dear models', 'Price war (copy)'])
    // Undo of the delete: re-create at the returned index.
    expectOk(await fx.api.invoke('scenarios:create', { scenario: removed.scenario, index: removed.index }))
    expect(reopened(fx.path)).toEqual(order)
  })

  it('update replaces the levers; the snapshot of a reopened session holds them', async () => {
    expectOk(await fx.api.invoke('scenarios:create', { scenario: scenario('a', 'Cheap models') }))
    const next = {
      ...scenario('a', 'Cheap models'),
      description: 'halved',
      levers: [
        {
          id: 'u',
          kind: 'volume',
          scope: { kind: 'stage', stages: ['pilot'] },
          timing: { kind: 'linear', fromMonth: 0, toMonth: 6 },
          volume: 'users',
          amount: -0.5,
        },
      ],
    }
    const saved = expectOk<Scenario>(await fx.api.invoke('scenarios:update', { scenario: next }))
    expect(saved.levers[0]).toEqual({ ...next.levers[0], enabled: true })
    fx.session.close()
    fx.session.open(fx.path)
    const snap = expectOk<{ portfolio: { scenarios: Scenario[] } }>(await fx.api.invoke('portfolio:get', {}))
    expect(snap.portfolio.scenarios).toEqual([saved])
  })

  it('refuses bad levers with messages naming scenario, lever and field, and changes nothing', async () => {
    const bad = { ...scenario('a', 'Broken'), levers: [{ ...scenario('a', 'x').levers[0], amount: -3 }] }
    const e1 = expectError(await fx.api.invoke('scenarios:create', { scenario: bad }), 'validation')
    expect(e1.message).toBe('Scenario "Broken", lever 1 (Model price change): amount must be -100% or more')
    const unknownModel = {
      ...scenario('a', 'Route'),
      levers: [
        {
          id: 'r',
          kind: 'routing',
          scope: { kind: 'portfolio' },
          timing: { kind: 'from', month: 30 },
          fromModelId: null,
          toModelId: 'nope',
          share: 0.5,
        },
      ],
    }
    const e2 = expectError(await fx.api.invoke('scenarios:create', { scenario: unknownModel }), 'validation')
    expect(e2.issues?.map((i) => i.message)).toEqual([
      'Scenario "Route", lever 1 (Model switch / routing): timing.month must fall within the 24-month horizon (0 to 23)',
      'Scenario "Route", lever 1 (Model switch / routing): toModelId must name a model in the price book (unknown model "nope")',
    ])
    expectOk(await fx.api.invoke('scenarios:create', { scenario: scenario('a', 'Cheap') }))
    const e3 = expectError(
      await fx.api.invoke('scenarios:create', { scenario: scenario('b', ' cheap ') }),
      'validation',
    )
    expect(e3.message).toContain('name must be unique')
    expectError(await fx.api.invoke('scenarios:create', { scenario: scenario('a', 'Other') }), 'conflict')
    expectError(await fx.api.invoke('scenarios:rename', { id: 'zzz', name: 'x' }), 'not_found')
    expectError(await fx.api.invoke('scenarios:rename', { id: 'a', name: '' }), 'validation')
    expectError(await fx.api.invoke('scenarios:create', { scenario: 'not an object' }), 'validation')
    expect(reopened(fx.path)).toEqual([scenario('a', 'Cheap')])
  })
})
