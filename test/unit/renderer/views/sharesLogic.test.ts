import { describe, expect, it } from 'vitest'
import {
  checkShares,
  draftFromShares,
  normaliseShares,
  sharesFromDraft,
} from '../../../../renderer/src/features/costPools/sharesLogic'

const names = new Map([
  ['x', 'Support'],
  ['y', 'Sales'],
])

describe('fixed pool shares', () => {
  it('shows saved shares as percentages, empty for initiatives without a share', () => {
    expect(draftFromShares(['x', 'y'], { x: 0.35 })).toEqual({ x: '35', y: '' })
  })

  it('accepts 100% and refuses another sum or text, naming the initiative', () => {
    expect(checkShares({ x: '35', y: '65' }, names)).toEqual({ shareSum: 1, message: null })
    expect(checkShares({ x: '35%', y: '65 %' }, names)).toEqual({ shareSum: 1, message: null })
    expect(checkShares({ x: '35', y: '' }, names).message).toBe('Shares must sum to 100% (they sum to 35%).')
    expect(checkShares({ x: 'a lot', y: '65' }, names).message).toBe('Support: share must be a number.')
    expect(checkShares({ x: '35', y: '0,65' }, names).message).toBe(
      'Sales: share must be a number (use "," only between thousands).',
    )
    expect(checkShares({ x: '135', y: '-35' }, names).message).toBe('Support: share must be between 0% and 100%.')
  })

  it('normalises to 100% and saves fractions, leaving 0% out', () => {
    expect(normaliseShares({ x: '1', y: '3' })).toEqual({ x: '25', y: '75' })
    expect(sharesFromDraft({ x: '25', y: '0' })).toEqual({ x: 0.25 })
    expect(sharesFromDraft({ x: '25%', y: '75' })).toEqual({ x: 0.25, y: 0.75 })
  })
})
