import { Money } from '../primitives'
import { FIXED_COSTS_BAR, defineDriver } from './define'

/** Evaluation and safety: a set-up the month before launch, then a monthly amount. */
export const evaluation = defineDriver({
  id: 'evaluation',
  label: 'Evaluation & safety',
  group: 'Risk & compliance',
  colour: '#3ba272',
  inputs: {
    evalSetup: {
      rule: Money,
      label: 'Eval set-up',
      title: 'Evaluation set-up',
      unit: 'money',
      default: 0,
      help: 'one-off evaluation set-up',
      aliases: ['Eval setup', 'Evaluation setup', 'Evaluation set-up'],
    },
    evalPerMonth: {
      rule: Money,
      label: 'Eval / mo',
      title: 'Evaluation per month',
      unit: 'money',
      default: 0,
      help: 'evaluation cost per month',
      aliases: ['Eval cost', 'Evaluation cost', 'Evaluation per month'],
    },
  },
  cost: {
    kind: 'schedule',
    terms: [
      { when: 'monthBeforeLaunch', amount: { product: ['evalSetup'] } },
      { when: 'everyMonth', amount: { product: ['evalPerMonth'] } },
    ],
  },
  lever: true,
  tornado: { bar: FIXED_COSTS_BAR, scales: ['evalSetup', 'evalPerMonth'] },
})
