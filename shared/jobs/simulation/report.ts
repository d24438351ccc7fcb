import type { FanChart } from '../../stats'
import type { SimulationResult } from './simulate'

/**
 * A simulation's figures as plain JSON (typed arrays as lists of numbers): what the command line
 * prints with --json and what exports write. The same result gives the same report, so the command
 * line's figures can be compared with the worker's number for number.
 */
interface FanReport {
  /** Percentile bands by name (p10, p25, p50, p75, p90), each a list over the horizon's months. */
  [band: string]: number[]
}

export type SimulationReport = Omit<SimulationResult, 'monthlyCost' | 'cumulativeNet' | 'npvHistogram'> & {
  monthlyCost: FanReport
  cumulativeNet: FanReport
  npvHistogram: { edges: number[]; counts: number[]; binWidth: number }
}

function fanReport(fan: FanChart): FanReport {
  return Object.fromEntries(
    fan.probabilities.map((p, i) => [`p${Math.round(p * 100)}`, Array.from(fan.bands[i] ?? [])]),
  )
}

export function simulationReport(result: SimulationResult): SimulationReport {
  const { monthlyCost, cumulativeNet, npvHistogram, ...rest } = result
  return {
    ...rest,
    monthlyCost: fanReport(monthlyCost),
    cumulativeNet: fanReport(cumulativeNet),
    npvHistogram: {
      edges: Array.from(npvHistogram.edges),
      counts: Array.from(npvHistogram.counts),
      binWidth: npvHistogram.binWidth,
    },
  }
}
