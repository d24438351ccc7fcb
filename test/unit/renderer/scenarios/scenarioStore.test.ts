/**
 * The scenario slice against the real API handlers and a real portfolio file (no mocks): each
 * change reaches the file before the store, is one undo step, and undo/redo put the scenario back
 * in place; refusals name the lever, field and rule and change nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openRealStore, type RealStore } from '../realStore'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import type { Scenario } from '../../../../shared/model/scenario'

let h: RealStore
let store: RealStore['store']
let server: RealStore['server']

async function fileScenarios(): Promise<Scenario[]> {
  const r = await server.invoke('scenarios:list', {})
  if (!r.ok) throw new Error(r.error.message)
  return r.data as Scenario[]
}
const names = (list: readonly Scenario[]) => list.map((s) => s.name)
const storeScenarios = () => store.getState().snapshot?.portfolio.scenarios ?? []

const SAMPLE_NAMES = names(samplePortfolio().scenarios ?? [])

beforeEach(async () => {
  h = await openRealStore('gpp-scenario-store-')
  ;({ store, server } = h)
})

afterEach(() => h.close())

describe('scenario edits through the store', () => {
  it('creates "Scenario 1" at the end as one undo step; undo removes it from the file, redo brings it back', async () => {
    const r = await store.getState().createScenario()
    expect('id' in r).toBe(true)
    const id = 'id' in r ? r.id : ''
    expect(names(await fileScenarios())).toEqual([...SAMPLE_NAMES, 'Scenario 1'])
    expect(names(storeScenarios())).toEqual([...SAMPLE_NAMES, 'Scenario 1'])
    expect(store.getState().selectedScenarioId).toBe(id)
    expect(store.getState().past.at(-1)?.label).toBe('Add scenario “Scenario 1”')

    expect(await store.getState().undo()).toBeNull()
    expect(names(await fileScenarios())).toEqual(SAMPLE_NAMES)
    expect(names(storeScenarios())).toEqual(SAMPLE_NAMES)

    expect(await store.getState().redo()).toBeNull()
    const back = await fileScenarios()
    expect(names(back)).toEqual([...SAMPLE_NAMES, 'Scenario 1'])
    expect(back.at(-1)?.id).toBe(id)
  })

  it('a second new scenario takes the next free name', async () => {
    await store.getState().createScenario()
    await store.getState().createScenario()
    expect(names(await fileScenarios()).slice(-2)).toEqual(['Scenario 1', 'Scenario 2'])
  })

  it('renames, and undo restores the old name', async () => {
    const id = 'scenario-prompt-growth'
    expect(await store.getState().renameScenario(id, '  Prompt bloat  ')).toBeNull()
    expect((await fileScenarios()).find((s) => s.id === id)?.name).toBe('Prompt bloat')
    await store.getState().undo()
    expect((await fileScenarios()).find((s) => s.id === id)?.name).toBe('Prompt growth +40% a year')
    expect(storeScenarios().find((s) => s.id === id)?.name).toBe('Prompt growth +40% a year')
  })

  it('refuses a name another scenario has, naming the field and rule, and records nothing', async () => {
    const steps = store.getState().past.length
    const e = await store.getState().renameScenario('scenario-prompt-growth', 'adoption at half the plan')
    expect(e?.issues?.[0]?.field).toBe('name')
    expect(e?.issues?.[0]?.rule).toMatch(/must be unique/)
    expect(names(await fileScenarios())).toEqual(SAMPLE_NAMES)
    expect(store.getState().past.length).toBe(steps)
  })

  it('duplicates right after the source with its levers; undo removes the copy', async () => {
    expect(await store.getState().duplicateScenario('scenario-cache-and-route')).toBeNull()
    const list = await fileScenarios()
    expect(list[2]?.name).toBe('Caching and routing to a small model (copy)')
    expect(list[2]?.levers).toEqual(list[1]?.levers)
    expect(store.getState().selectedScenarioId).toBe(list[2]?.id)
    await store.getState().undo()
    expect(names(await fileScenarios())).toEqual(SAMPLE_NAMES)
  })

  it('moves a scenario; undo puts it back at its index and redo moves it again', async () => {
    const [a, b, c, d] = SAMPLE_NAMES
    expect(await store.getState().moveScenario('scenario-prices-halve', 2)).toBeNull()
    expect(names(await fileScenarios())).toEqual([b, c, a, d])
    await store.getState().undo()
    expect(names(await fileScenarios())).toEqual([a, b, c, d])
    expect(names(storeScenarios())).toEqual([a, b, c, d])
    await store.getState().redo()
    expect(names(await fileScenarios())).toEqual([b, c, a, d])
  })

  it('a move outside the list changes nothing and records nothing', async () => {
    expect(await store.getState().moveScenario('scenario-prices-halve', -1)).toBeNull()
    expect(await store.getState().moveScenario('scenario-half-adoption', 4)).toBeNull()
    expect(store.getState().past).toHaveLength(0)
    expect(names(await fileScenarios())).toEqual(SAMPLE_NAMES)
  })

  it('deletes; undo re-creates it in place with its description and levers', async () => {
    const before = await fileScenarios()
    store.getState().selectScenario('scenario-cache-and-route')
    expect(await store.getState().deleteScenario('scenario-cache-and-route')).toBeNull()
    expect((await fileScenarios()).map((s) => s.id)).not.toContain('scenario-cache-and-route')
    expect(store.getState().selectedScenarioId).toBeNull()
    await store.getState().undo()
    expect(await fileScenarios()).toEqual(before)
  })

  it('saves levers as one step; undo restores the previous levers', async () => {
    const s = storeScenarios().find((x) => x.id === 'scenario-prices-halve') as Scenario
    const lever = s.levers[0]
    if (lever?.kind !== 'price') throw new Error('sample changed')
    const edited: Scenario = { ...s, description: 'Deeper cut', levers: [{ ...lever, amount: -0.7 }] }
    expect(await store.getState().updateScenario(edited, 'Edit lever')).toBeNull()
    const saved = (await fileScenarios()).find((x) => x.id === s.id)
    expect(saved?.description).toBe('Deeper cut')
    expect(saved?.levers[0]).toMatchObject({ amount: -0.7 })
    await store.getState().undo()
    expect((await fileScenarios()).find((x) => x.id === s.id)).toEqual(s)
  })

  it('refuses a lever the schema forbids with a message naming the lever, field and rule; the file keeps the old one', async () => {
    const s = storeScenarios().find((x) => x.id === 'scenario-prices-halve') as Scenario
    const lever = s.levers[0]
    if (lever?.kind !== 'price') throw new Error('sample changed')
    const e = await store.getState().updateScenario({ ...s, levers: [{ ...lever, amount: -1.5 }] })
    expect(e?.code).toBe('validation')
    const issue = e?.issues?.[0]
    expect(issue?.path).toEqual(['levers', 0, 'amount'])
    expect(issue?.field).toBe('amount')
    expect(issue?.rule).toBe('must be -100% or more')
    expect(issue?.message).toContain('lever 1 (Model price change)')
    expect((await fileScenarios()).find((x) => x.id === s.id)).toEqual(s)
    expect(store.getState().past).toHaveLength(0)
  })

  it('refuses a timing curve that ends before it starts (toMonth named)', async () => {
    const s = storeScenarios().find((x) => x.id === 'scenario-prices-halve') as Scenario
    const lever = s.levers[0]
    if (lever?.kind !== 'price') throw new Error('sample changed')
    const e = await store
      .getState()
      .updateScenario({ ...s, levers: [{ ...lever, timing: { kind: 'linear', fromMonth: 12, toMonth: 6 } }] })
    expect(e?.issues?.map((i) => [i.field, i.rule])).toEqual([
      ['timing.toMonth', 'must come after the first month of the curve'],
    ])
  })

  it('undo of a delete is refused cleanly when the name was taken meanwhile, and nothing is lost', async () => {
    await store.getState().deleteScenario('scenario-prompt-growth')
    // Another scenario takes the name (in the file, as another window would).
    const taken = await server.invoke('scenarios:create', {
      scenario: { id: 'other', name: 'Prompt growth +40% a year', description: '', levers: [] },
    })
    expect(taken.ok).toBe(true)
    const e = await store.getState().undo()
    expect(e?.issues?.[0]?.rule).toMatch(/must be unique/)
    expect(store.getState().notice).toMatch(/Could not undo/)
    // The step stays undoable once the clash is gone.
    expect(store.getState().canUndo).toBe(true)
  })
})
