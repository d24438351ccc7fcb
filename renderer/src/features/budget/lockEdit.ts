import type { FieldEdit } from '../../../../shared/api/contract'
import type { Initiative } from '../../../../shared/model'
import { DEFAULT_STRATEGY } from '../../../../shared/model/strategyDefaults'
import type { Lock } from './reallocationRows'

export const LOCK_LABELS: Record<'in' | 'out' | 'free', string> = {
  free: 'Optimiser decides',
  in: 'Locked in',
  out: 'Locked out',
}

/**
 * The edit that sets an initiative's optimiser lock, saved in the file with the initiative's
 * strategy. An initiative without strategy data gets the defaults with the lock, since a lone
 * `strategy.lock` would leave the other strategy fields missing and be refused.
 */
export function lockEdit(initiative: Initiative, lock: Lock): FieldEdit {
  return initiative.strategy
    ? { id: initiative.id, field: 'strategy.lock', value: lock }
    : { id: initiative.id, field: 'strategy', value: { ...DEFAULT_STRATEGY, lock } }
}

export function parseLock(value: string): Lock {
  return value === 'in' || value === 'out' ? value : null
}
