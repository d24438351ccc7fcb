/**
 * Scenarios: levers applied to the baseline's compiled inputs and evaluated with the
 * engine's own evaluate(), side-by-side comparison, tornado sensitivity and the unit-cost
 * waterfall. Levers and the composition order: docs/cost-model.md ("Scenarios and levers").
 */
export { compileScenario } from './compileScenario'
export { BASELINE_NAME, findScenarios, runBaseline, runScenario, type ScenarioRun } from './run'
export {
  compareRuns,
  compareScenarios,
  delta,
  evaluateScenarios,
  type Comparison,
  type ComparisonEntity,
  type KpiDelta,
  type KpiRow,
  type KpiUnit,
} from './compare'
export { moveDriver, tornado, TORNADO_DRIVERS, type Tornado, type TornadoBar, type TornadoDriver } from './tornado'
export {
  dominantEffect,
  formatPerQuery,
  INFERENCE_FACTORS,
  shapley,
  unitCostWaterfall,
  type WaterfallPart,
  type WaterfallResult,
  type WaterfallSide,
  type WaterfallSplit,
} from './waterfall'
export { inferencePerQuery, unitStateAt, type UnitState } from './unitState'
export { additiveSeries, factorSeries, intensity } from './timing'
