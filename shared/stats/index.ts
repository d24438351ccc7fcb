/**
 * Pure statistics for ranges (Monte Carlo with Latin hypercube draws) and controlled experiments.
 * No Node, DOM or Math.random: every random number comes from a seeded stream (random.ts).
 */
export { MAX_SEED, checkSeed, randomStream, type RandomStream } from './random'
export { normalCdf, normalDensity, normalQuantile, normalUpperTail } from './normal'
export { studentTCdf, studentTDensity, studentTQuantile, studentTUpperTail } from './studentT'
export { BetaDistribution } from './betaDistribution'
export {
  Z90,
  compileDistribution,
  lognormalParameters,
  pertShapes,
  type CompiledDistribution,
  type Distribution,
  type Lognormal,
  type Normal,
  type Pert,
  type Triangular,
  type Uniform,
} from './distributions'
export {
  DistributionSchema,
  DrawCountSchema,
  FactorLinkSchema,
  RANGE_LIMIT,
  SeedSchema,
  SharedFactorSchema,
} from '../model/distribution'
export { NestedDimension, latinHypercube, nestedLevels, type UniformSample } from './latinHypercube'
export {
  DrawSampler,
  factorStreamKey,
  inputStreamKey,
  sampleDraws,
  type DrawBlock,
  type Draws,
  type FactorLink,
  type RangedInput,
  type SamplingPlan,
  type SharedFactor,
} from './samplingPlan'
export {
  eventProbability,
  meanAndSd,
  percentile,
  percentileInterval,
  percentileOfSorted,
  probabilityAbove,
  replicatedStandardError,
  sortedCopy,
  summarize,
  wilsonInterval,
  type EventProbability,
  type Interval,
  type Summary,
} from './summaries'
export { histogram, niceWidth, type Histogram, type HistogramOptions } from './histogram'
export { FAN_PROBABILITIES, fanChart, type FanChart } from './fanChart'
export {
  AttributableValueInput,
  MeanExperiment,
  ProportionExperiment,
  attributableValue,
  differenceInMeans,
  differenceInProportions,
  type AttributableValue,
  type Lift,
  type MeanExperimentInput,
  type MeanLift,
  type ProportionExperimentInput,
  type ProportionLift,
} from './experiments'
