import { defineDriver } from './define'

/**
 * Model inference: queries times tokens per query times the mix's prices in force that month, with
 * caching, batch discounts and long-context tiers (docs/cost-model.md, section 3). Its inputs are
 * the initiative's usage (tokens, cache and batch rates, model mix), and its own module computes it.
 */
export const inference = defineDriver({
  id: 'inference',
  label: 'Model inference',
  group: 'Usage',
  colour: '#5470c6',
  inputs: {},
  cost: { kind: 'inference' },
  lever: false,
  tornado: null,
})
