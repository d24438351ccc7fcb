import { Money } from '../primitives'
import { FIXED_COSTS_BAR, defineDriver } from './define'

/** Risk and compliance: a legal review the month before launch, then a yearly review after launch. */
export const compliance = defineDriver({
  id: 'compliance',
  label: 'Risk & compliance',
  group: 'Risk & compliance',
  colour: '#fc8452',
  inputs: {
    complianceOneOff: {
      rule: Money,
      label: 'Compliance one-off',
      unit: 'money',
      default: 0,
      help: 'one-off compliance review',
      aliases: ['Compliance review', 'Legal review'],
    },
    complianceYearly: {
      rule: Money,
      label: 'Compliance / yr',
      title: 'Compliance yearly',
      unit: 'money',
      default: 0,
      help: 'yearly compliance review',
      aliases: ['Annual compliance', 'Yearly compliance', 'Compliance per year'],
    },
  },
  cost: {
    kind: 'schedule',
    terms: [
      { when: 'monthBeforeLaunch', amount: { product: ['complianceOneOff'] } },
      { when: 'yearly', amount: { product: ['complianceYearly'] } },
    ],
  },
  lever: true,
  tornado: { bar: FIXED_COSTS_BAR, scales: ['complianceOneOff', 'complianceYearly'] },
})
