import { z } from 'zod'
import { normalQuantile } from './normal'
import { studentTQuantile, studentTUpperTail } from './studentT'
import { wilsonInterval, type Interval } from './summaries'

/**
 * Controlled experiments: the lift of a treatment group over a control group with its confidence
 * interval, and the value attributable to the intervention.
 *
 * - Difference in means: Welch's t interval (unequal variances), df by Welch–Satterthwaite; R's
 *   t.test(x, y) default. Relative lift (ratio of means - 1): Fieller's interval with the same t
 *   quantile, exact for normal means and asymmetric as a ratio should be; unbounded (null) when the
 *   control mean is not clearly away from zero.
 * - Difference in proportions: Newcombe's hybrid score interval (method 10 of Newcombe, 1998) by
 *   default, because the Wald interval undercovers with small groups or rates near 0% or 100% (and
 *   can leave [-1, 1]); Wald is returned beside it for reference (R's prop.test(correct = FALSE)).
 *   Relative lift (risk ratio - 1): the log (Katz) interval.
 * - Value attributable: lift × volume × value per outcome, the interval's ends carried through
 *   (volume and value per outcome are taken as known).
 */

const Finite = z.number({ error: 'must be a number' }).finite('must be a finite number')
const MonthString = z
  .string({ error: 'must be text' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM')

const GroupSize = z
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .max(1e9, 'must be 1,000,000,000 or fewer')

export const Confidence = z
  .number({ error: 'must be a number' })
  .gt(0.5, 'must be more than 50%')
  .lt(1, 'must be less than 100%')

export const Period = z
  .object({ from: MonthString, to: MonthString })
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'must not be before from' })

export const MeanGroup = z.object({
  size: GroupSize.min(2, 'must be 2 or more'),
  mean: Finite.min(-1e12, 'must be -1e12 or more').max(1e12, 'must be 1e12 or less'),
  sd: Finite.min(0, 'must be zero or more').max(1e12, 'must be 1e12 or less'),
})

export const MeanExperiment = z
  .object({ treatment: MeanGroup, control: MeanGroup, confidence: Confidence.default(0.95), period: Period.optional() })
  .refine((e) => e.treatment.sd > 0 || e.control.sd > 0, {
    path: ['control', 'sd'],
    message: 'must be more than zero when the treatment sd is zero',
  })

export const ProportionGroup = z
  .object({
    size: GroupSize.min(1, 'must be 1 or more'),
    successes: GroupSize.min(0, 'must be zero or more'),
  })
  .refine((g) => g.successes <= g.size, { path: ['successes'], message: 'must be at most the group size' })

export const ProportionExperiment = z.object({
  treatment: ProportionGroup,
  control: ProportionGroup,
  confidence: Confidence.default(0.95),
  period: Period.optional(),
})

export type MeanExperimentInput = z.input<typeof MeanExperiment>
export type ProportionExperimentInput = z.input<typeof ProportionExperiment>

export interface Lift {
  /** Treatment minus control, in the metric's unit (or as a share for proportions). */
  difference: number
  interval: Interval
  /** Treatment / control - 1, with its interval; null when the control is zero or not clearly away from it. */
  relative: { lift: number; interval: Interval } | null
  confidence: number
  method: string
}

export interface MeanLift extends Lift {
  standardError: number
  degreesOfFreedom: number
  tStatistic: number
  /** Two-sided p-value of Welch's t test. */
  pValue: number
}

/** Welch's interval for the difference in means, with Fieller's interval for their ratio. */
export function differenceInMeans(input: MeanExperimentInput): MeanLift {
  const { treatment: t, control: c, confidence } = MeanExperiment.parse(input)
  const vt = (t.sd * t.sd) / t.size
  const vc = (c.sd * c.sd) / c.size
  const variance = vt + vc
  const df = (variance * variance) / ((vt * vt) / (t.size - 1) + (vc * vc) / (c.size - 1))
  const q = studentTQuantile(0.5 + confidence / 2, df)
  const difference = t.mean - c.mean
  const standardError = Math.sqrt(variance)
  const tStatistic = difference / standardError
  return {
    difference,
    interval: { low: difference - q * standardError, high: difference + q * standardError },
    relative: fiellerRatio(t.mean, vt, c.mean, vc, q),
    confidence,
    method: "Welch's t (Welch–Satterthwaite df); relative lift by Fieller",
    standardError,
    degreesOfFreedom: df,
    tStatistic,
    pValue: Math.min(1, 2 * studentTUpperTail(Math.abs(tStatistic), df)),
  }
}

/**
 * Fieller's interval for θ = μt/μc from independent means: the θ with
 * (mt - θ mc)² ≤ q² (vt + θ² vc). Bounded only when mc² > q² vc (control clearly non-zero).
 */
function fiellerRatio(mt: number, vt: number, mc: number, vc: number, q: number): Lift['relative'] {
  const q2 = q * q
  const a = mc * mc - q2 * vc
  if (!(a > 0) || mc === 0) return null
  const b = mt * mc
  const cc = mt * mt - q2 * vt
  const root = Math.sqrt(Math.max(0, b * b - a * cc))
  const ratio = mt / mc
  return { lift: ratio - 1, interval: { low: (b - root) / a - 1, high: (b + root) / a - 1 } }
}

export interface ProportionLift extends Lift {
  treatmentRate: number
  controlRate: number
  /** The Wald interval p1 - p2 ± z√(p1q1/n1 + p2q2/n2), for reference. */
  waldInterval: Interval
}

/** Newcombe's hybrid score interval for p1 - p2, Wald beside it, and the Katz log interval for p1/p2 - 1. */
export function differenceInProportions(input: ProportionExperimentInput): ProportionLift {
  const { treatment: t, control: c, confidence } = ProportionExperiment.parse(input)
  const z = normalQuantile(0.5 + confidence / 2)
  const p1 = t.successes / t.size
  const p2 = c.successes / c.size
  const difference = p1 - p2
  const w1 = wilsonInterval(t.successes, t.size, confidence)
  const w2 = wilsonInterval(c.successes, c.size, confidence)
  // Newcombe (1998), method 10: combine each group's Wilson limits.
  const low = difference - Math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2)
  const high = difference + Math.sqrt((w1.high - p1) ** 2 + (p2 - w2.low) ** 2)
  const waldHalf = z * Math.sqrt((p1 * (1 - p1)) / t.size + (p2 * (1 - p2)) / c.size)
  return {
    difference,
    interval: { low, high },
    relative: katzRatio(t.successes, t.size, c.successes, c.size, z),
    confidence,
    method: 'Newcombe hybrid score (method 10); relative lift by the log (Katz) interval',
    treatmentRate: p1,
    controlRate: p2,
    waldInterval: { low: difference - waldHalf, high: difference + waldHalf },
  }
}

/** Katz et al. (1978): log(RR) ± z√(1/x1 - 1/n1 + 1/x2 - 1/n2); needs successes in both groups. */
function katzRatio(x1: number, n1: number, x2: number, n2: number, z: number): Lift['relative'] {
  if (x1 === 0 || x2 === 0) return null
  const ratio = x1 / n1 / (x2 / n2)
  const se = Math.sqrt(1 / x1 - 1 / n1 + 1 / x2 - 1 / n2)
  return {
    lift: ratio - 1,
    interval: { low: ratio * Math.exp(-z * se) - 1, high: ratio * Math.exp(z * se) - 1 },
  }
}

export const AttributableValueInput = z.object({
  /** Units the lift applies to in the period (users, cases, queries). */
  volume: Finite.min(0, 'must be zero or more').max(1e12, 'must be 1e12 or less'),
  /** Money per unit of the metric (per outcome, per minute saved…). */
  valuePerOutcome: Finite.min(-1e9, 'must be -1e9 or more').max(1e9, 'must be 1e9 or less'),
})

export interface AttributableValue {
  value: number
  interval: Interval
}

/**
 * The value attributable to the intervention: lift × volume × value per outcome, with the lift's
 * interval carried through (a negative value per outcome swaps the ends).
 */
export function attributableValue(
  lift: Pick<Lift, 'difference' | 'interval'>,
  input: z.input<typeof AttributableValueInput>,
): AttributableValue {
  const { volume, valuePerOutcome } = AttributableValueInput.parse(input)
  const scale = volume * valuePerOutcome
  const a = lift.interval.low * scale
  const b = lift.interval.high * scale
  return { value: lift.difference * scale, interval: { low: Math.min(a, b), high: Math.max(a, b) } }
}
