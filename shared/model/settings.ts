import { z } from 'zod'
import { DeckTheme } from './deckTheme'
import { MAX_HORIZON_MONTHS, MonthString, Money, ShortText, WholeNumber } from './primitives'

export { MAX_HORIZON_MONTHS } from './primitives'
export const DEFAULT_HORIZON_MONTHS = 36

export const ExperimentationReserve = z.object({
  /** 'share' of the annual budget (0..1) or a fixed 'amount' per year. */
  kind: z.enum(['share', 'amount']),
  value: Money,
})
export type ExperimentationReserve = z.infer<typeof ExperimentationReserve>

export const PortfolioSettings = z
  .object({
    name: ShortText.min(1, 'must not be empty'),
    /** ISO 4217 code; all money in the portfolio is in this currency. */
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter ISO currency code such as USD'),
    /** First month of the horizon (month index 0). */
    startMonth: MonthString,
    horizonMonths: WholeNumber.min(1, 'must be at least 1 month').max(
      MAX_HORIZON_MONTHS,
      `must be ${MAX_HORIZON_MONTHS} months or fewer`,
    ),
    /** Annual discount rate for NPV, e.g. 0.1 for 10%. */
    discountRateAnnual: z
      .number({ error: 'must be a number' })
      .finite('must be a finite number')
      .min(0, 'must be between 0% and 100%')
      .max(1, 'must be between 0% and 100%'),
    /** Horizon cost above which an initiative needs a full ROI framing. */
    investmentThreshold: Money,
    /** Annual budget for the portfolio; null when none is set. */
    annualBudget: Money.nullable(),
    experimentationReserve: ExperimentationReserve,
    /** Company name, logo and colours of the board deck; null or absent = the app's own look. */
    deckTheme: DeckTheme.nullable().optional(),
  })
  .superRefine((s, ctx) => {
    if (s.experimentationReserve.kind === 'share' && s.experimentationReserve.value > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['experimentationReserve', 'value'],
        message: 'must be between 0% and 100% when it is a share of the budget',
      })
    }
  })
export type PortfolioSettings = z.infer<typeof PortfolioSettings>
