import { describe, expect, it } from 'vitest'
import { FORMAT_VERSION, type FormatMigration, MIGRATIONS, migrateToCurrent } from '../../../shared/format'

describe('format migration chain', () => {
  it('is at version 1 with no migrations: a version-1 portfolio passes through unchanged', () => {
    expect(FORMAT_VERSION).toBe(MIGRATIONS.length + 1)
    expect(FORMAT_VERSION).toBe(1)
    const p = { settings: { name: 'x' } }
    expect(migrateToCurrent(p, 1)).toBe(p)
  })

  it('runs exactly the migrations after the file version, in order (a future v2 and v3)', () => {
    const calls: string[] = []
    const toV2: FormatMigration = (p) => {
      calls.push('1->2')
      return { ...(p as object), renamed: true }
    }
    const toV3: FormatMigration = (p) => {
      calls.push('2->3')
      return { ...(p as object), v3: true }
    }
    expect(migrateToCurrent({ a: 1 }, 1, [toV2, toV3])).toEqual({ a: 1, renamed: true, v3: true })
    expect(calls).toEqual(['1->2', '2->3'])
    calls.length = 0
    expect(migrateToCurrent({ a: 1 }, 2, [toV2, toV3])).toEqual({ a: 1, v3: true })
    expect(calls).toEqual(['2->3'])
    expect(migrateToCurrent({ a: 1 }, 3, [toV2, toV3])).toEqual({ a: 1 })
  })
})
