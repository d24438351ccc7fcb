import { z } from 'zod'
import { CostPool } from '../../model/costPool'
import { Initiative } from '../../model/initiative'
import { Portfolio } from '../../model/portfolio'
import { PriceBookModel } from '../../model/priceBook'
import { Id } from '../../model/primitives'
import { PortfolioSettings } from '../../model/settings'

/** The open portfolio as the renderer receives it. */
export const PortfolioSnapshot = z.object({
  /** Absolute path of the portfolio file. */
  path: z.string(),
  portfolio: Portfolio,
  /**
   * The session's revision when the portfolio was read: it moves when another window or program saved
   * to the file, or another file was opened. The page compares it with 'portfolio:waitForChange'.
   */
  revision: z.number().int().min(0).optional(),
  /**
   * Present when opening migrated the file from an older format: the copy of the file as it was,
   * kept beside it, and the versions. The renderer tells the person where the copy is.
   */
  migration: z
    .object({ fromVersion: z.number().int(), toVersion: z.number().int(), backupPath: z.string() })
    .optional(),
})
export type PortfolioSnapshot = z.infer<typeof PortfolioSnapshot>

/**
 * One edit of one field of one initiative. `field` is a dotted path into the
 * initiative ('name', 'usage.inputTokensPerQuery', 'usage.modelMix', 'governance.reviewDate').
 * Validation issues of an edit carry path [initiativeId, ...field segments].
 */
export const FieldEdit = z.object({
  id: Id,
  field: z.string().min(1).max(100),
  /**
   * Absent means "not set": undo of an edit to an optional field the initiative did not have (its first
   * decision, its first strategy score) sends undefined, which JSON drops on the HTTP bridge. The
   * initiative's schema still judges the result, so a required field cannot be unset this way.
   */
  value: z.unknown().optional(),
})
export type FieldEdit = z.infer<typeof FieldEdit>

const Empty = z.object({}).strict()

/** Portfolio file, settings, initiatives, price book and cost pools. */
export const coreMethods = {
  'portfolio:get': { params: Empty, result: PortfolioSnapshot },
  /** Creates a new portfolio file (from the sample when `sample` is true) and opens it. */
  'portfolio:new': { params: z.object({ path: z.string().min(1), sample: z.boolean() }), result: PortfolioSnapshot },
  'portfolio:open': { params: z.object({ path: z.string().min(1) }), result: PortfolioSnapshot },
  /** Writes a consistent copy with SQLite's backup API and switches to it. */
  'portfolio:saveAs': { params: z.object({ path: z.string().min(1) }), result: PortfolioSnapshot },
  'portfolio:recent': { params: Empty, result: z.array(z.string()) },
  /**
   * Answers with the session's revision as soon as it differs from `since` (someone else saved to the
   * open file, or another file was opened), or after `waitMs`: a long poll, the same over IPC and HTTP.
   */
  'portfolio:waitForChange': {
    params: z.object({ since: z.number().int().min(0), waitMs: z.number().int().min(0).max(30_000) }),
    result: z.object({ revision: z.number().int().min(0) }),
  },
  'settings:update': {
    params: z.object({ patch: z.object(PortfolioSettings.shape).partial() }),
    result: PortfolioSettings,
  },
  /** Inserts an initiative at `index` (end when omitted); used for add, duplicate and undo of delete. */
  'initiative:create': {
    params: z.object({ initiative: Initiative, index: z.number().int().min(0).optional() }),
    result: Initiative,
  },
  /** Applies field edits to one or many initiatives in one transaction: all or nothing. */
  'initiative:edit': {
    params: z.object({ edits: z.array(FieldEdit).min(1).max(100_000) }),
    result: z.array(Initiative),
  },
  'initiative:delete': {
    params: z.object({ id: Id }),
    result: z.object({ initiative: Initiative, index: z.number().int().min(0) }),
  },
  'priceBook:upsert': { params: z.object({ model: PriceBookModel }), result: PriceBookModel },
  'priceBook:delete': {
    params: z.object({ id: Id }),
    result: z.object({ model: PriceBookModel, index: z.number().int() }),
  },
  'costPool:upsert': { params: z.object({ pool: CostPool }), result: CostPool },
  'costPool:delete': { params: z.object({ id: Id }), result: z.object({ pool: CostPool, index: z.number().int() }) },
} as const

/** Events the main side pushes to the renderer (Electron menus; browser mode emits none). */
export const coreEvents = {
  /** Another portfolio file is now open (menu New / Open / Open Recent / Save As). */
  'portfolio:switched': PortfolioSnapshot,
  /** A menu item the renderer carries out (undo, redo, import, export, add initiative...). */
  'menu:command': z.object({ command: z.string() }),
} as const
