import { defineDriver } from './define'

/**
 * Shared cost pools: the portfolio's pools (a platform team, a gateway), each allocated to the
 * initiatives by inference, queries, evenly or by fixed shares (docs/cost-model.md, section 6).
 * A lever on it scales every pool and needs the portfolio scope; the tornado scales every pool.
 */
export const sharedPools = defineDriver({
  id: 'shared',
  label: 'Shared cost pools',
  group: 'Shared cost pools',
  colour: '#9a60b4',
  inputs: {},
  cost: { kind: 'pools' },
  lever: true,
  tornado: { bar: { key: 'shared', label: 'Shared cost pools' }, scales: [] },
})
