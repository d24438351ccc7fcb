/** Hand-made matrix points for the view's pure logic: only what the view reads is filled in. */
import type { MatrixPoint } from '../../../../shared/decisions'
import type { Initiative } from '../../../../shared/model'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'

export function point(id: string, x: number | null, y: number | null, spend: number, name = id, npv = 0): MatrixPoint {
  return {
    id,
    name,
    x,
    y,
    spend,
    money: { npv, roi: null, paybackMonth: null },
    economics:
      x === null
        ? null
        : {
            windowMonths: 12,
            earlyStart: 0,
            lateStart: 24,
            valueGrowthPerYear: 0.42,
            costGrowthPerYear: -0.05,
            costPerOutcomeChangePerYear: null,
            valueAtScale: 1000,
            runningCostAtScale: 320,
            marginAtScale: 0.68,
            score: x,
          },
    strategic: { score: y, parts: [], complete: y !== null },
    quadrant:
      x === null || y === null ? null : x >= 0 ? (y >= 50 ? 'double_down' : 'harvest') : y >= 50 ? 'fix' : 'pull_back',
    recommendation: { action: 'harvest', reasons: [], quadrantNote: null },
    flags: [],
  }
}

/** An initiative of the sample with its id, stage and value type replaced. */
export function initiative(
  id: string,
  stage: Initiative['governance']['stage'],
  valueType: Initiative['governance']['valueType'],
): Initiative {
  const base = samplePortfolio().initiatives[0] as Initiative
  return { ...base, id, name: id, governance: { ...base.governance, stage, valueType } }
}
