import { describe, expect, it } from 'vitest'
import { METHODS } from '../../../shared/api/contract'
import { coreMethods } from '../../../shared/api/methods/core'
import { createApi } from '../../../electron/api/createApi'
import { registry } from '../../../electron/api/registry'
import { apiPerTest, expectError } from '../../fixtures/db/api'
import { newSession } from '../../fixtures/db/files'

const fx = apiPerTest()

describe('createApi(ctx).invoke', () => {
  it('has a handler for every core method of the contract', () => {
    const core = Object.keys(coreMethods)
    expect(core.filter((m) => !(m in registry))).toEqual([])
    expect(core.every((m) => (METHODS as string[]).includes(m))).toBe(true)
  })

  it('answers unknown_method for a name outside the contract, including prototype names', async () => {
    expect(expectError(await fx.t.api.invoke('initiative:hack', {}), 'unknown_method').message).toBe(
      'There is no API method named "initiative:hack".',
    )
    expectError(await fx.t.api.invoke('__proto__', {}), 'unknown_method')
    expectError(await fx.t.api.invoke('toString', {}), 'unknown_method')
  })

  it('validates params with the contract schema and names the field', async () => {
    const error = expectError(await fx.t.api.invoke('initiative:delete', { id: 'a b' }), 'validation')
    expect(error.message).toBe(
      'Invalid request to initiative:delete: id may hold only letters, digits, dot, colon, dash and underscore',
    )
    expect(error.issues?.[0]?.path).toEqual(['id'])
    expectError(await fx.t.api.invoke('portfolio:get', { extra: 1 }), 'validation')
    expectError(await fx.t.api.invoke('initiative:edit', null), 'validation')
  })

  it('turns an unexpected exception into an internal error and reports it', async () => {
    const logged: string[] = []
    const api = createApi(
      { session: fx.t.session, logError: (method, e) => logged.push(`${method}: ${String(e)}`) },
      {
        'portfolio:recent': () => {
          throw new TypeError('boom')
        },
      },
    )
    const error = expectError(await api.invoke('portfolio:recent', {}), 'internal')
    expect(error.message).toBe('Something went wrong in portfolio:recent: boom. Nothing was changed by this call.')
    expect(logged).toEqual(['portfolio:recent: TypeError: boom'])
    expectError(await api.invoke('portfolio:get', {}), 'unknown_method')
  })

  it('answers not_found when no portfolio is open', async () => {
    const api = createApi({ session: newSession(fx.dir) })
    expect(expectError(await api.invoke('portfolio:get', {}), 'not_found').message).toBe(
      'No portfolio is open. Open or create one first.',
    )
  })
})
