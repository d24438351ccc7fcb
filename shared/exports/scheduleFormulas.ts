import { SCHEDULED_DRIVERS, type Amount, type CostInput, type Driver, type ScheduleTerm } from '../model/drivers'
import type { NumericInput } from './inputFields'

/**
 * The spreadsheet formulas of the scheduled cost drivers, written from their declarations
 * (shared/model/drivers): each term of a schedule becomes one IF over the months since launch, the
 * same rule the engine's month loop applies (months/schedule.ts), so a workbook recalculating from
 * its Assumptions cells reproduces the engine's numbers for any declared driver.
 */

type InputRefs = Record<NumericInput, string>

function amountFormula(amount: Amount<CostInput>, r: InputRefs): string {
  const product = amount.product.map((name) => r[name]).join('*')
  return amount.per === undefined ? product : `${product}/${amount.per}`
}

/** One term in the month whose months since launch are `m` and queries `queries`. */
function termFormula(term: ScheduleTerm<CostInput>, m: string, queries: string, r: InputRefs): string {
  switch (term.when) {
    case 'overBuild': {
      const total = amountFormula(term.total, r)
      const months = r[term.months]
      return `IF(${months}=0,IF(${m}=0,${total},0),IF(AND(${m}>=-${months},${m}<0),${total}/${months},0))`
    }
    case 'monthBeforeLaunch':
      return `IF(${m}=-1,${amountFormula(term.amount, r)},0)`
    case 'everyMonth':
      return `IF(${m}>=0,${amountFormula(term.amount, r)},0)`
    case 'yearly':
      return `IF(AND(${m}>0,MOD(${m},12)=0),${amountFormula(term.amount, r)},0)`
    case 'perQuery': {
      const amount = amountFormula(term.amount, r)
      if (term.yearlyDecline === undefined) return `${amount}*${queries}`
      // (1 - d)^(m/12) from launch; written with IF so that a decline of 100% gives 1 at launch (0^0).
      return `${amount}*IF(${m}>0,(1-${r[term.yearlyDecline]})^(${m}/12),1)*${queries}`
    }
  }
}

/** Each scheduled driver's monthly formula, by driver. */
export const SCHEDULE_FORMULAS: ReadonlyMap<Driver, (m: string, queries: string, r: InputRefs) => string> = new Map(
  SCHEDULED_DRIVERS.map((driver) => [
    driver.id,
    (m: string, queries: string, r: InputRefs) =>
      driver.terms.map((term) => termFormula(term, m, queries, r)).join('+'),
  ]),
)

/**
 * Build and one-offs that fall before month 0 (the engine's costBeforeHorizon), with L the launch's
 * month number `launch`: build months L - B … L - 1 before 0 (month L alone without build months),
 * one-offs in month L - 1 < 0.
 */
export function costBeforeHorizonFormula(r: InputRefs, launch: string): string {
  const parts: string[] = []
  const oneOffs: string[] = []
  for (const driver of SCHEDULED_DRIVERS) {
    for (const term of driver.terms) {
      if (term.when === 'overBuild') {
        const total = amountFormula(term.total, r)
        const months = r[term.months]
        parts.push(`IF(${months}=0,IF(${launch}<0,${total},0),${total}/${months}*MAX(0,${months}-MAX(0,${launch})))`)
      } else if (term.when === 'monthBeforeLaunch') oneOffs.push(amountFormula(term.amount, r))
    }
  }
  if (oneOffs.length > 0) parts.push(`IF(${launch}<=0,${oneOffs.join('+')},0)`)
  return parts.length > 0 ? parts.join('+') : '0'
}
