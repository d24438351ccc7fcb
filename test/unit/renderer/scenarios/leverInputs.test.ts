import { describe, expect, it } from 'vitest'
import { leverMessages, scenarioMessages } from '../../../../renderer/src/features/scenarios/leverIssues'
import { newLever } from '../../../../renderer/src/features/scenarios/leverTemplates'
import { listKeyAction } from '../../../../renderer/src/features/scenarios/listKeys'
import { freeScenarioName, newId } from '../../../../renderer/src/features/scenarios/scenarioNames'
import type { ApiError } from '../../../../shared/api/result'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import { compareScenarios } from '../../../../shared/engine/scenarios'
import {
  LEVER_LABELS,
  scenarioContextIssues,
  validateScenario,
  type LeverKind,
} from '../../../../shared/model/scenario'

describe('new levers', () => {
  const p = samplePortfolio()
  const kinds = Object.keys(LEVER_LABELS) as LeverKind[]

  it.each(kinds)('a new %s lever is valid for the sample portfolio and changes its figures', (kind) => {
    const model = p.priceBook.find((m) => m.id === 'openai:gpt-4.1-mini')?.id ?? ''
    const scenario = { id: 's', name: 'S', description: '', levers: [newLever(kind, model)] }
    const v = validateScenario(scenario)
    expect(v.ok).toBe(true)
    if (!v.ok) return
    const issues = scenarioContextIssues(v.value, {
      horizonMonths: p.settings.horizonMonths,
      initiativeIds: new Set(p.initiatives.map((i) => i.id)),
      modelIds: new Set(p.priceBook.map((m) => m.id)),
      providers: new Set(p.priceBook.map((m) => m.provider)),
    })
    expect(issues).toEqual([])
    const c = compareScenarios({ ...p, scenarios: [v.value] }, ['s'])
    const npv = c.portfolio.rows.find((r) => r.key === 'npv')
    expect(npv?.values[1]).not.toBe(npv?.values[0])
  })

  it('gives each lever a fresh id', () => {
    expect(newLever('price', 'm').id).not.toBe(newLever('price', 'm').id)
    expect(newId('lever')).toMatch(/^lever-[0-9a-f]{8}$/)
  })
})

describe('freeScenarioName', () => {
  it('takes the first "Scenario N" no scenario uses, ignoring case and spaces', () => {
    expect(freeScenarioName([])).toBe('Scenario 1')
    expect(freeScenarioName([{ name: ' scenario 1 ' }, { name: 'Scenario 3' }])).toBe('Scenario 2')
  })
})

describe('API messages for the lever editor', () => {
  const error: ApiError = {
    code: 'validation',
    message: 'Scenario "S": ...',
    issues: [
      { path: ['levers', 1, 'amount'], field: 'amount', entity: 'x', rule: 'must be -100% or more', message: 'm1' },
      {
        path: ['levers', 1, 'timing', 'toMonth'],
        field: 'timing.toMonth',
        entity: 'x',
        rule: 'must come after',
        message: 'm2',
      },
      {
        path: ['name'],
        field: 'name',
        entity: 'Scenario "S"',
        rule: 'must not be empty',
        message: 'Scenario "S": name must not be empty',
      },
    ],
  }

  it('puts field and rule under their lever and the rest on the scenario', () => {
    expect(leverMessages(error, 1)).toEqual(['amount must be -100% or more', 'timing.toMonth must come after'])
    expect(leverMessages(error, 0)).toEqual([])
    expect(scenarioMessages(error)).toEqual(['Scenario "S": name must not be empty'])
    expect(scenarioMessages({ code: 'conflict', message: 'Exists already.' })).toEqual(['Exists already.'])
    expect(scenarioMessages(null)).toEqual([])
  })
})

describe('keys on a scenario in the list', () => {
  const k = (
    key: string,
    mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {},
  ) => ({
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    shiftKey: false,
    ...mods,
  })

  it('F2 renames, Alt+arrows move within the list, arrows move the focus, Ctrl+D duplicates, Delete deletes', () => {
    expect(listKeyAction(k('F2'), 0, 3)).toEqual({ kind: 'rename' })
    expect(listKeyAction(k('ArrowDown', { altKey: true }), 0, 3)).toEqual({ kind: 'move', index: 1 })
    expect(listKeyAction(k('ArrowUp', { altKey: true }), 0, 3)).toBeNull()
    expect(listKeyAction(k('ArrowDown', { altKey: true }), 2, 3)).toBeNull()
    expect(listKeyAction(k('ArrowUp'), 2, 3)).toEqual({ kind: 'focus', index: 1 })
    expect(listKeyAction(k('d', { ctrlKey: true }), 1, 3)).toEqual({ kind: 'duplicate' })
    expect(listKeyAction(k('D', { metaKey: true }), 1, 3)).toEqual({ kind: 'duplicate' })
    expect(listKeyAction(k('Delete'), 1, 3)).toEqual({ kind: 'delete' })
    expect(listKeyAction(k('z', { ctrlKey: true }), 1, 3)).toBeNull()
    expect(listKeyAction(k('a'), 1, 3)).toBeNull()
  })
})
