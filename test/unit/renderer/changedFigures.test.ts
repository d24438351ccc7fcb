import { describe, expect, it } from 'vitest'
import { changedCells, type FigureSnapshot } from '../../../renderer/src/features/costGrid/changedFigures'
import { RESULT_COLUMNS } from '../../../renderer/src/features/costGrid/columnSpecs'
import type { Initiative } from '../../../shared/model'

const a = { id: 'a' } as Initiative
const aEdited = { id: 'a' } as Initiative
const b = { id: 'b' } as Initiative
const at = (colId: string) => RESULT_COLUMNS.findIndex((c) => c.colId === colId)
function values(over: Record<string, unknown>): unknown[] {
  const v: unknown[] = RESULT_COLUMNS.map(() => 1)
  for (const [colId, value] of Object.entries(over)) v[at(colId)] = value
  return v
}

describe('the figures an edit changed', () => {
  const before: FigureSnapshot = new Map([
    ['a', { initiative: a, values: values({}) }],
    ['b', { initiative: b, values: values({}) }],
    ['total', { initiative: null, values: values({}) }],
  ])

  it('marks the edited row’s moved figures as edited, another row’s as moved, the total as edited', () => {
    const after: FigureSnapshot = new Map([
      ['a', { initiative: aEdited, values: values({ 'result.cost': 2, 'result.npv': 0 }) }],
      ['b', { initiative: b, values: values({ 'result.cost': 0.5 }) }],
      ['total', { initiative: null, values: values({ 'result.cost': 2.5 }) }],
      ['c', { initiative: { id: 'c' } as Initiative, values: values({ 'result.cost': 9 }) }],
    ])
    const changed = changedCells(before, after)
    expect([...changed.keys()]).toEqual(['a', 'b', 'total'])
    expect(changed.get('a')).toEqual({ change: 'edited', columns: new Set(['result.cost', 'result.npv']) })
    expect(changed.get('b')).toEqual({ change: 'moved', columns: new Set(['result.cost']) })
    expect(changed.get('total')?.change).toBe('edited')
  })

  it('an edit that moves no figure marks nothing; null to 0 is a change', () => {
    const same: FigureSnapshot = new Map([['a', { initiative: aEdited, values: values({}) }]])
    expect(changedCells(before, same).size).toBe(0)
    const fromNull = new Map([['a', { initiative: a, values: values({ 'result.payback': null }) }]])
    const toZero = new Map([['a', { initiative: a, values: values({ 'result.payback': 0 }) }]])
    expect(changedCells(fromNull, toZero).get('a')?.columns).toEqual(new Set(['result.payback']))
  })
})
