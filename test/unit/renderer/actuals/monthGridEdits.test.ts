import { describe, expect, it } from 'vitest'
import { planMonthPaste } from '../../../../renderer/src/features/actuals/monthGridEdits'

const rows = [
  { id: 'a|platform', label: 'Support · Platform' },
  { id: 'a|data', label: 'Support · Data' },
  { id: 'b|platform', label: 'Claims · Platform' },
]
const months = ['2026-01', '2026-02', '2026-03']

describe('pasting a block into a month grid', () => {
  it('reads amounts as spreadsheets write them, from the chosen cell right and down; an empty cell empties', () => {
    const plan = planMonthPaste('1,200\t$3.5k\r\n(500)\t\r\n', { rowIndex: 0, monthIndex: 1 }, rows, months)
    expect(plan).toEqual({
      ok: true,
      edits: [
        { rowId: 'a|platform', month: '2026-02', value: 1200 },
        { rowId: 'a|platform', month: '2026-03', value: 3500 },
        { rowId: 'a|data', month: '2026-02', value: -500 },
        { rowId: 'a|data', month: '2026-03', value: null },
      ],
    })
  })

  it('refuses the whole block for one unreadable cell, naming it', () => {
    const plan = planMonthPaste('10\t20\nabout 5\t30', { rowIndex: 1, monthIndex: 0 }, rows, months)
    expect(plan).toEqual({
      ok: false,
      message: 'Nothing was pasted: Claims · Platform · 2026-01 must be a number (the cell holds “about 5”).',
    })
  })

  it('refuses a block that reaches past the grid', () => {
    const plan = planMonthPaste('1\t2', { rowIndex: 0, monthIndex: 2 }, rows, months)
    expect(plan.ok).toBe(false)
    if (!plan.ok) expect(plan.message).toContain('reaches past the grid')
  })
})
