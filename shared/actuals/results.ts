import { z } from 'zod'
import { Cents } from './stored'
import { Id, MonthString } from '../model/primitives'
import { ActualsFormat, AttributionKey, LineTokens } from './line'
import { MAX_LISTED_ISSUES } from './limits'

/**
 * What the import preview, the import and attribution give back (the API returns these). Money is
 * in whole cents of the portfolio's currency: attribution divides each cost of record so that the
 * parts add up to it exactly.
 */

const Count = z.number().int().min(0)
const Name = z.string().max(500)

/** How a cost is known: the cost of record of its provider and month, or estimates only. */
export const CostStanding = z.enum(['record', 'estimated'])
export type CostStanding = z.infer<typeof CostStanding>

/** How a part of a cost reached its initiative. */
export const AttributedBy = z.enum([
  /** a rule matched a key of the line */
  'rule',
  /** the line lacks a key a rule matches: split by each key's priced token share of the same provider and month */
  'tokenShare',
  /** no rule and nothing to split by: unallocated */
  'none',
])
export type AttributedBy = z.infer<typeof AttributedBy>

/** One attributed amount: month × initiative (null: Unallocated) × provider × model. */
export const AttributedCost = z.object({
  month: MonthString,
  initiativeId: Id.nullable(),
  provider: Name,
  model: Name,
  priceModelId: Id.nullable(),
  cents: Cents,
  standing: CostStanding,
  by: AttributedBy,
  tokens: LineTokens,
  requests: z.number().int().min(0).nullable(),
})
export type AttributedCost = z.infer<typeof AttributedCost>

/** Per provider and month: which source is the cost of record and what it comes to. */
export const ProviderMonth = z.object({
  month: MonthString,
  provider: Name,
  /** The format whose cost counts; null when no source gives a cost (usage only). */
  recordFormat: ActualsFormat.nullable(),
  standing: CostStanding,
  cents: Cents,
  /** Estimates of the same provider and month, not added (they only split the cost of record). */
  estimateCents: Cents,
  /** Part of the cost was split by token share because its lines carry no key a rule matches. */
  splitByTokenShare: z.boolean(),
})
export type ProviderMonth = z.infer<typeof ProviderMonth>

/** Keys of lines no rule matches, with what they carry: what the person writes a rule for. */
export const UnallocatedKeys = z.object({
  month: MonthString,
  provider: Name,
  format: ActualsFormat,
  keys: z.array(AttributionKey),
  cents: Cents,
  lines: Count,
})
export type UnallocatedKeys = z.infer<typeof UnallocatedKeys>

export const ActualsSummary = z.object({
  currency: z.string(),
  costs: z.array(AttributedCost),
  providerMonths: z.array(ProviderMonth),
  unallocated: z.array(UnallocatedKeys),
  /** Lines whose model maps to no price-book model, per provider and source name. */
  unmappedModels: z.array(z.object({ provider: Name, model: Name, lines: Count })),
})
export type ActualsSummary = z.infer<typeof ActualsSummary>

/** A line refused by the preview (a reader problem, a month without an exchange rate). */
export const RefusedLine = z.object({
  row: z.number().int().nullable(),
  field: z.string(),
  rule: z.string(),
  message: z.string(),
})

/** What an import will do to one month and initiative (null: Unallocated), in cents. */
export const PreviewCell = z.object({
  month: MonthString,
  initiativeId: Id.nullable(),
  /** Attributed cost after the import, of the lines it brings. */
  addedCents: Cents,
  /** Attributed cost before the import, of the stored lines it replaces. */
  replacedCents: Cents,
  /** The month's attributed cost before and after, every source counted (cost-of-record rule applied). */
  beforeCents: Cents,
  afterCents: Cents,
})
export type PreviewCell = z.infer<typeof PreviewCell>

export const ActualsPreview = z.object({
  /** The format read, and whether it was found from the file (false: the caller named it). */
  format: ActualsFormat.nullable(),
  label: z.string(),
  detected: z.boolean(),
  /** True when the import would be accepted: no refused line, every month's currency convertible. */
  acceptable: z.boolean(),
  message: z.string(),
  sourceRows: Count,
  lines: Count,
  /** Stored lines the import replaces (same format, scope and days) and lines it adds. */
  replacedLines: Count,
  addedLines: Count,
  months: z.array(MonthString),
  cells: z.array(PreviewCell),
  refused: z.array(RefusedLine).max(MAX_LISTED_ISSUES),
  refusedCount: Count,
  /** Months whose currency differs from the portfolio's and no rate was given: refused until one is. */
  ratesNeeded: z.array(z.object({ month: MonthString, currency: z.string() })),
  /** Source model names and the price-book model each maps to (null: unmapped, flagged). */
  models: z.array(
    z.object({
      provider: Name,
      model: Name,
      lines: Count,
      priceModelId: Id.nullable(),
      how: z.enum(['saved', 'id', 'known', 'provider', 'name', 'release', 'chosen', 'none']),
    }),
  ),
  warnings: z.array(z.string()),
})
export type ActualsPreview = z.infer<typeof ActualsPreview>

/** One import as the portfolio records it; `active` false once undone. */
export const ActualsImportRecord = z.object({
  importId: Id,
  format: ActualsFormat,
  fileName: z.string(),
  importedAt: z.string(),
  lines: Count,
  replacedLines: Count,
  active: z.boolean(),
})
export type ActualsImportRecord = z.infer<typeof ActualsImportRecord>
