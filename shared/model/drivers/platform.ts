import { Money } from '../primitives'
import { FIXED_COSTS_BAR, defineDriver } from './define'

/** Platform and hosting: a fixed amount every month from launch. */
export const platform = defineDriver({
  id: 'platform',
  label: 'Platform & hosting',
  group: 'Build & platform',
  colour: '#ee6666',
  inputs: {
    platformPerMonth: {
      rule: Money,
      label: 'Platform / mo',
      title: 'Platform per month',
      unit: 'money',
      default: 0,
      help: 'platform cost per month',
      aliases: ['Platform cost', 'Hosting', 'Hosting cost', 'Infrastructure cost'],
    },
  },
  cost: { kind: 'schedule', terms: [{ when: 'everyMonth', amount: { product: ['platformPerMonth'] } }] },
  lever: true,
  tornado: { bar: FIXED_COSTS_BAR, scales: ['platformPerMonth'] },
})
