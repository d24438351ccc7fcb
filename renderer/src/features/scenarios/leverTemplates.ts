import type { Lever, LeverKind } from '../../../../shared/model/scenario'
import { newId } from './scenarioNames'

/** A sensible new lever of each kind, for the "Add lever" menu. */
export function newLever(kind: LeverKind, firstModelId: string): Lever {
  const common = { id: newId('lever'), enabled: true, scope: { kind: 'portfolio' as const } }
  const from0 = { kind: 'from' as const, month: 0 }
  switch (kind) {
    case 'price':
      return {
        ...common,
        kind,
        timing: { kind: 'linear', fromMonth: 0, toMonth: 12 },
        target: { kind: 'all' },
        amount: -0.2,
      }
    case 'routing':
      return { ...common, kind, timing: from0, fromModelId: null, toModelId: firstModelId, share: 0.3 }
    case 'rate':
      return { ...common, kind, timing: from0, rate: 'cacheHitRate', mode: 'add', amount: 0.1 }
    case 'tokens':
      return { ...common, kind, timing: { kind: 'yearly', fromMonth: 0 }, tokens: 'input', amount: 0.2 }
    case 'volume':
      return { ...common, kind, timing: from0, volume: 'users', amount: -0.2 }
    case 'cost':
      return { ...common, kind, timing: from0, driver: 'build', amount: 0.3 }
    case 'value':
      return { ...common, kind, timing: from0, value: 'outcomesPerQuery', amount: -0.2 }
    case 'ramp':
      return { ...common, kind, ramp: 'users', months: 3 }
    case 'discountRate':
      return { ...common, kind, mode: 'add', amount: 0.02 }
  }
}
