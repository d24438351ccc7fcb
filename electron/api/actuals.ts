import { attributeActuals } from '../../shared/actuals/attribution'
import type { ActualsImportOptions } from '../../shared/actuals/importOptions'
import { priceBookPricer } from '../../shared/actuals/importPlan'
import type { ActualAmountCell, OutcomeCell } from '../../shared/actuals/stored'
import { MAX_ACTUAL_AMOUNTS, MAX_OUTCOMES } from '../../shared/actuals/stored'
import type { z } from 'zod'
import type { ValidationIssue } from '../../shared/model/validation'
import { bytesOfBase64, readActualsBytes } from '../actuals/actualsSource'
import {
  importActuals,
  previewActualsImport,
  setImportActive,
  type ActualsImportRequest,
} from '../actuals/importActuals'
import { PortfolioFileError } from '../db/errors'
import type { PortfolioWrite } from '../db/portfolioWrite'
import type { ApiContext } from './context'
import { ApiFailure, invalid } from './failure'
import type { HandlerMap, ParsedParams } from './handler'

type Options = z.output<typeof ActualsImportOptions>

/** The uploaded file read with the person's options (the reading happens before any lock is taken). */
async function requestOf(params: ParsedParams<'actuals:preview'>): Promise<ActualsImportRequest> {
  const bytes = bytesOfBase64(params.contentBase64, params.fileName)
  if (!Buffer.isBuffer(bytes)) throw new ApiFailure('bad_file', bytes.message)
  const o: Options = params
  const read = await readActualsBytes(
    bytes,
    params.fileName,
    {
      format: o.format,
      focusCost: o.focusCost,
      promptTokens: o.promptTokens,
      fileKeys: o.fileKeys,
      mapping: o.mapping,
    },
    o.sheet,
  )
  return { read, fileName: params.fileName, rates: o.rates, models: o.models }
}

/** Initiatives a rule or cell names must exist (an actual of a deleted initiative would vanish from every view). */
function unknownInitiatives(
  change: PortfolioWrite,
  ids: readonly string[],
  entity: (i: number) => string,
): ValidationIssue[] {
  const known = new Set(change.portfolio.initiatives.map((i) => i.id))
  return ids.flatMap((id, i) =>
    known.has(id)
      ? []
      : [
          {
            path: [i, 'initiativeId'],
            field: 'initiativeId',
            entity: entity(i),
            rule: `must name an initiative of the portfolio (unknown "${id}")`,
            message: `${entity(i)}: initiativeId must name an initiative of the portfolio (unknown "${id}")`,
          },
        ],
  )
}

function setAmounts(change: PortfolioWrite, cells: readonly ActualAmountCell[]) {
  const issues = unknownInitiatives(
    change,
    cells.map((c) => c.initiativeId),
    (i) => `Cell ${i + 1}`,
  )
  if (issues.length > 0) throw invalid(issues)
  const before = cells.map((c): ActualAmountCell => {
    const was = change.actuals.amount(c.initiativeId, c.month, c.driver)
    return { ...c, amount: was?.amount ?? null, source: was?.source ?? '' }
  })
  for (const c of cells) {
    if (c.amount === null) change.actuals.deleteAmount(c.initiativeId, c.month, c.driver)
    else change.actuals.putAmount({ ...c, amount: c.amount })
  }
  if (change.actuals.countAmounts() > MAX_ACTUAL_AMOUNTS)
    throw new PortfolioFileError(
      'over_limit',
      `Actual amounts: must hold ${MAX_ACTUAL_AMOUNTS.toLocaleString('en-US')} or fewer. Nothing was changed.`,
    )
  return { before, after: [...cells] }
}

function setOutcomes(change: PortfolioWrite, cells: readonly OutcomeCell[]) {
  const issues = unknownInitiatives(
    change,
    cells.map((c) => c.initiativeId),
    (i) => `Outcome ${i + 1}`,
  )
  if (issues.length > 0) throw invalid(issues)
  const before = cells.map((c): OutcomeCell => {
    const was = change.actuals.outcome(c.initiativeId, c.month)
    if (!was) return { initiativeId: c.initiativeId, month: c.month, outcome: null }
    const { initiativeId, month, ...outcome } = was
    return { initiativeId, month, outcome }
  })
  for (const c of cells) {
    if (c.outcome === null) change.actuals.deleteOutcome(c.initiativeId, c.month)
    else change.actuals.putOutcome({ initiativeId: c.initiativeId, month: c.month, ...c.outcome })
  }
  if (change.actuals.countOutcomes() > MAX_OUTCOMES)
    throw new PortfolioFileError(
      'over_limit',
      `Outcomes: must hold ${MAX_OUTCOMES.toLocaleString('en-US')} or fewer. Nothing was changed.`,
    )
  return { before, after: [...cells] }
}

function summary(ctx: ApiContext, span: ParsedParams<'actuals:summary'>) {
  const file = ctx.session.current
  const portfolio = file.portfolio
  return file.readActuals((actuals) =>
    attributeActuals(
      actuals.lines(span).map((r) => r.line),
      actuals.rules(),
      { currency: portfolio.settings.currency, priceOf: priceBookPricer(portfolio.priceBook) },
    ),
  )
}

/** Actuals: imports, stored lines, attribution rules, non-token amounts and measured outcomes. */
export const actualsHandlers: HandlerMap = {
  'actuals:preview': async (ctx, params) => previewActualsImport(ctx.session.current, await requestOf(params)),
  'actuals:import': async (ctx, params) => importActuals(ctx.session.current, await requestOf(params)),
  'actuals:setImportActive': (ctx, { importId, active }) => setImportActive(ctx.session.current, importId, active),
  'actuals:imports': (ctx) => ctx.session.current.readActuals((a) => a.imports()),
  'actuals:list': (ctx, params) =>
    ctx.session.current.readActuals((a) => {
      const page = a.page(params)
      return {
        total: page.total,
        lines: page.lines.map(({ lineage: { days, ...lineage }, ...line }) => ({
          ...line,
          lineage: { ...lineage, dayCount: days.length },
        })),
      }
    }),
  'actuals:summary': summary,
  'actuals:rules': (ctx) => ctx.session.current.readActuals((a) => a.rules()),
  'actuals:setRules': (ctx, { rules }) =>
    ctx.session.current.write((change) => {
      const issues = unknownInitiatives(
        change,
        rules.map((r) => r.initiativeId),
        (i) => `Rule ${i + 1}`,
      )
      if (issues.length > 0) throw invalid(issues)
      const before = change.actuals.rules()
      change.actuals.replaceRules(rules)
      return { before, after: rules }
    }),
  'actuals:amounts': (ctx, span) => ctx.session.current.readActuals((a) => a.amounts(span)),
  'actuals:setAmounts': (ctx, { cells }) => ctx.session.current.write((change) => setAmounts(change, cells)),
  'actuals:outcomes': (ctx, span) => ctx.session.current.readActuals((a) => a.outcomes(span)),
  'actuals:setOutcomes': (ctx, { cells }) => ctx.session.current.write((change) => setOutcomes(change, cells)),
}
