import { Effort, Money, Months } from '../primitives'
import { defineDriver } from './define'

/** Engineering build: FTE-months times their cost, spread evenly over the build months before launch. */
export const build = defineDriver({
  id: 'build',
  label: 'Engineering build',
  group: 'Build & platform',
  colour: '#91cc75',
  inputs: {
    buildFteMonths: {
      rule: Effort,
      label: 'Build FTE-months',
      unit: 'count',
      default: 0,
      help: 'engineering effort to build',
      aliases: ['Build effort', 'Engineering FTE-months', 'Build effort (FTE-months)'],
    },
    costPerFteMonth: {
      rule: Money,
      label: 'Cost / FTE-month',
      title: 'Cost per FTE-month',
      unit: 'money',
      default: 0,
      help: 'cost of one FTE for a month',
      aliases: ['FTE cost', 'FTE cost per month', 'Cost per FTE', 'Loaded FTE cost'],
    },
    buildMonths: {
      rule: Months,
      label: 'Build (months)',
      title: 'Build months',
      unit: 'months',
      default: 0,
      help: 'months of build before launch',
      aliases: ['Build months', 'Build duration', 'Months to build'],
    },
  },
  cost: {
    kind: 'schedule',
    terms: [{ when: 'overBuild', total: { product: ['buildFteMonths', 'costPerFteMonth'] }, months: 'buildMonths' }],
  },
  lever: true,
  tornado: { bar: { key: 'build', label: 'Engineering build cost' }, scales: ['buildFteMonths'] },
})
