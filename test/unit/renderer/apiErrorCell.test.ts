import { describe, expect, it } from 'vitest'
import { cellErrorFromApi } from '../../../renderer/src/features/costGrid/apiErrorCell'

const issue = (path: (string | number)[], rule: string) => ({
  path,
  field: path.slice(1).join('.'),
  entity: 'Initiative',
  rule,
  message: `${path.join('.')} ${rule}`,
})

describe('a refused grid edit at its cell', () => {
  it('lists every rule the value breaks, one a line, not "(and 1 more)"', () => {
    const e = cellErrorFromApi(
      {
        code: 'validation',
        message: 'refused',
        issues: [
          issue(['bot', 'usage', 'cacheHitRate'], 'plus the cache write rate must be 100% or less'),
          issue(['bot', 'usage', 'cacheWriteRate'], 'plus the cache hit rate must be 100% or less'),
        ],
      },
      [{ id: 'bot', field: 'usage.cacheHitRate', value: 0.9 }],
      () => 'Support bot',
    )
    expect(e).toEqual({
      rowId: 'bot',
      colId: 'usage.cacheHitRate',
      message: [
        '“Support bot” · Cache hit rate plus the cache write rate must be 100% or less',
        '“Support bot” · Cache write rate plus the cache hit rate must be 100% or less',
        'Nothing was changed.',
      ].join('\n'),
    })
  })

  it('falls back to the edited cell and the API’s message when no issue names a cell', () => {
    const e = cellErrorFromApi(
      { code: 'internal', message: 'The file is read-only' },
      [{ id: 'bot', field: 'usage.targetUsers', value: 5 }],
      () => 'Support bot',
    )
    expect(e).toEqual({
      rowId: 'bot',
      colId: 'usage.targetUsers',
      message: 'The file is read-only\nNothing was changed.',
    })
  })
})
