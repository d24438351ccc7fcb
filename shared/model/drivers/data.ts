import { Money } from '../primitives'
import { FIXED_COSTS_BAR, defineDriver } from './define'

/** Data and tooling: a one-off the month before launch, then a monthly amount plus a cost per query. */
export const data = defineDriver({
  id: 'data',
  label: 'Data & tooling',
  group: 'Data & tooling',
  colour: '#73c0de',
  inputs: {
    dataOneOff: {
      rule: Money,
      label: 'Data one-off',
      unit: 'money',
      default: 0,
      help: 'one-off data cost',
      aliases: ['Data preparation', 'Data prep', 'Data setup'],
    },
    dataPerMonth: {
      rule: Money,
      label: 'Data / mo',
      aliases: ['Data cost'],
      title: 'Data per month',
      unit: 'money',
      default: 0,
      help: 'data cost per month',
    },
    dataPerQuery: {
      rule: Money,
      label: 'Data / query',
      title: 'Data per query',
      unit: 'unitMoney',
      default: 0,
      help: 'data cost per query (retrieval, vector search)',
      aliases: ['Data cost per query', 'Retrieval cost per query'],
    },
  },
  cost: {
    kind: 'schedule',
    terms: [
      { when: 'monthBeforeLaunch', amount: { product: ['dataOneOff'] } },
      { when: 'everyMonth', amount: { product: ['dataPerMonth'] } },
      { when: 'perQuery', amount: { product: ['dataPerQuery'] } },
    ],
  },
  lever: true,
  tornado: { bar: FIXED_COSTS_BAR, scales: ['dataOneOff', 'dataPerMonth', 'dataPerQuery'] },
})
