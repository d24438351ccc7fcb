import { Effort } from '../primitives'
import { FIXED_COSTS_BAR, defineDriver } from './define'

/** Integration upkeep: FTEs keeping integrations running after launch, at build's cost per FTE-month. */
export const integration = defineDriver({
  id: 'integration',
  label: 'Integration upkeep',
  group: 'Build & platform',
  colour: '#fac858',
  inputs: {
    integrationFte: {
      rule: Effort,
      label: 'Integration FTE',
      unit: 'count',
      default: 0,
      help: 'FTEs running integrations after launch',
      aliases: ['Run FTE', 'Support FTE', 'Maintenance FTE'],
    },
  },
  uses: ['costPerFteMonth'],
  cost: {
    kind: 'schedule',
    terms: [{ when: 'everyMonth', amount: { product: ['integrationFte', 'costPerFteMonth'] } }],
  },
  lever: true,
  tornado: { bar: FIXED_COSTS_BAR, scales: ['integrationFte'] },
})
