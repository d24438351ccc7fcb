import { describe, expect, it } from 'vitest'
import type { FormatContext } from '../../../renderer/src/features/costGrid/fieldKinds'
import { planClear, planFillDown, planPaste, type GridLayout } from '../../../renderer/src/features/costGrid/gridEdits'

const ctx: FormatContext = { currency: 'USD', startMonth: '2027-01', modelNames: new Map() }
const COLUMNS = [
  'name',
  'usage.usersAtLaunch',
  'usage.targetUsers',
  'usage.cacheHitRate',
  'usage.launchMonth',
  'usage.modelMix',
  'result.cost',
]
const layout: GridLayout = {
  columns: COLUMNS,
  rowCount: 3,
  rowAt: (i) => (i >= 0 && i < 3 ? { id: `r${i}`, name: `Row ${i}` } : null),
}
const at = (top: number, left: number, bottom = top, right = left) => ({ top, bottom, left, right })

describe('planning a paste', () => {
  it('maps a block onto rows and columns from the top-left cell, parsing each by its column', () => {
    const plan = planPaste(
      [
        ['10', '1,000', '12%'],
        ['20', '2k', '50'],
      ],
      at(1, 1),
      layout,
      ctx,
    )
    expect(plan).toEqual({
      ok: true,
      label: 'Paste 2×3 cells',
      edits: [
        { id: 'r1', field: 'usage.usersAtLaunch', value: 10 },
        { id: 'r2', field: 'usage.usersAtLaunch', value: 20 },
        { id: 'r1', field: 'usage.targetUsers', value: 1000 },
        { id: 'r2', field: 'usage.targetUsers', value: 2000 },
        { id: 'r1', field: 'usage.cacheHitRate', value: 0.12 },
        { id: 'r2', field: 'usage.cacheHitRate', value: 0.5 },
      ],
    })
  })

  it('fills a selected block with one copied value', () => {
    const plan = planPaste([['Mar 2027']], at(0, 4, 2, 4), layout, ctx)
    expect(plan.ok && plan.edits.map((e) => [e.id, e.value])).toEqual([
      ['r0', 2],
      ['r1', 2],
      ['r2', 2],
    ])
  })

  it('refuses, naming the cell and the rule, when one value is unreadable', () => {
    const plan = planPaste([['10', 'abc']], at(0, 1), layout, ctx)
    expect(plan).toEqual({
      ok: false,
      message: '“Row 0” · Target users must be a number (pasted “abc”)\nNothing was pasted.',
      cell: { rowId: 'r0', colId: 'usage.targetUsers' },
    })
  })

  it('names every unreadable cell of a refused paste, not only the first', () => {
    const plan = planPaste(
      [
        ['abc', 'x'],
        ['12', '1,5'],
      ],
      at(0, 1),
      layout,
      ctx,
    )
    expect(!plan.ok && plan.message.split('\n')).toEqual([
      '“Row 0” · Users at launch must be a number (pasted “abc”)',
      '“Row 0” · Target users must be a number (pasted “x”)',
      '“Row 1” · Target users must be a number (use "," only between thousands) (pasted “1,5”)',
      'Nothing was pasted.',
    ])
    expect(!plan.ok && plan.cell).toEqual({ rowId: 'r0', colId: 'usage.usersAtLaunch' })
  })

  it('refuses a block reaching into computed cells, the model mix, or past the last row', () => {
    const intoResults = planPaste([['1', '2']], at(0, 5), layout, ctx)
    expect(intoResults.ok).toBe(false)
    expect(!intoResults.ok && intoResults.message).toContain('Model mix')
    const pastEnd = planPaste([['1'], ['2'], ['3']], at(1, 1), layout, ctx)
    expect(!pastEnd.ok && pastEnd.message).toContain('only 2 initiatives are shown')
    const pastRight = planPaste([['1', '2', '3']], at(0, 5), layout, ctx)
    expect(pastRight.ok).toBe(false)
  })
})

describe('Delete and fill down over a selection', () => {
  it('clears editable cells to their empty value and leaves computed and select cells alone', () => {
    expect(planClear(at(0, 0, 1, 6), layout)).toEqual([
      { id: 'r0', field: 'name', value: '' },
      { id: 'r1', field: 'name', value: '' },
      { id: 'r0', field: 'usage.usersAtLaunch', value: 0 },
      { id: 'r1', field: 'usage.usersAtLaunch', value: 0 },
      { id: 'r0', field: 'usage.targetUsers', value: 0 },
      { id: 'r1', field: 'usage.targetUsers', value: 0 },
      { id: 'r0', field: 'usage.cacheHitRate', value: 0 },
      { id: 'r1', field: 'usage.cacheHitRate', value: 0 },
      { id: 'r0', field: 'usage.launchMonth', value: 0 },
      { id: 'r1', field: 'usage.launchMonth', value: 0 },
    ])
  })

  it('copies the top row into the rows below', () => {
    const values: Record<string, number> = { 'r0:usage.usersAtLaunch': 7 }
    expect(planFillDown(at(0, 1, 2, 1), layout, (id, field) => values[`${id}:${field}`])).toEqual([
      { id: 'r1', field: 'usage.usersAtLaunch', value: 7 },
      { id: 'r2', field: 'usage.usersAtLaunch', value: 7 },
    ])
  })
})
