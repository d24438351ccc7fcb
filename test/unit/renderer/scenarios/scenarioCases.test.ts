import { describe, expect, it } from 'vitest'
import { comparedIds, toggleCompared } from '../../../../renderer/src/features/scenarios/scenarioCases'
import type { Scenario } from '../../../../shared/model/scenario'

const scenarios = [{ id: 'a' }, { id: 'b' }, { id: 'c' }] as Scenario[]

describe('which scenarios are compared', () => {
  it('null means every scenario, in list order; an explicit choice keeps list order and drops deleted ids', () => {
    expect(comparedIds(scenarios, null)).toEqual(['a', 'b', 'c'])
    expect(comparedIds(scenarios, ['c', 'gone', 'a'])).toEqual(['a', 'c'])
    expect(comparedIds(scenarios, [])).toEqual([])
  })

  it('toggling turns "every scenario" into an explicit list', () => {
    expect(toggleCompared(scenarios, null, 'b')).toEqual(['a', 'c'])
    expect(toggleCompared(scenarios, ['a', 'c'], 'b')).toEqual(['a', 'b', 'c'])
  })
})
