import type { ExperimentationReserve } from '../model/settings'

/** The reserve kept back from the annual budget for experiments, in money. */
export function reserveAmount(annualBudget: number, reserve: ExperimentationReserve): number {
  return reserve.kind === 'share' ? annualBudget * reserve.value : reserve.value
}
