import { z } from 'zod'
import { HorizonMonth, Id, Money, ShortText, Share } from './primitives'

export const AllocationRule = z.enum(['inference', 'queries', 'even', 'fixed'])
export type AllocationRule = z.infer<typeof AllocationRule>

/** A portfolio-level monthly cost shared by initiatives (platform team, gateway, eval cluster). */
export const CostPool = z.object({
  id: Id,
  name: ShortText.min(1, 'must not be empty'),
  monthlyCost: Money,
  /** Month index (0 = horizon start) from which the pool costs money. */
  startMonth: HorizonMonth,
  allocation: AllocationRule,
  /** With 'fixed': initiative id -> share; shares must sum to 1. Ignored otherwise. */
  fixedShares: z.record(Id, Share),
})
export type CostPool = z.infer<typeof CostPool>
