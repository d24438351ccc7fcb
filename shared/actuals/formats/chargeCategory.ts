import type { ChargeCategory } from '../line'

/**
 * FOCUS ChargeCategory values (Usage, Purchase, Tax, Credit, Adjustment) and the refund markers
 * exports put beside them (ChargeSubcategory "Refund", a description naming a refund).
 */
export function focusCategory(category: string, subcategory: string, description: string): ChargeCategory | null {
  const c = category.trim().toLowerCase()
  const refund = /refund/i.test(subcategory) || /\brefund/i.test(description)
  if (c === 'usage') return 'usage'
  if (c === 'purchase') return refund ? 'refund' : 'purchase'
  if (c === 'tax') return 'tax'
  if (c === 'credit') return refund ? 'refund' : 'credit'
  if (c === 'adjustment') return refund ? 'refund' : 'adjustment'
  return null
}

/** AWS CUR line_item_line_item_type values. */
export function curCategory(lineItemType: string): ChargeCategory | null {
  switch (lineItemType.trim().toLowerCase()) {
    case 'usage':
    case 'discountedusage':
    case 'savingsplancoveredusage':
      return 'usage'
    case 'credit':
    case 'solutionprovidercredit':
      return 'credit'
    case 'refund':
      return 'refund'
    case 'tax':
      return 'tax'
    case 'fee':
    case 'rifee':
    case 'savingsplanupfrontfee':
    case 'savingsplanrecurringfee':
      return 'purchase'
    case 'edpdiscount':
    case 'bundleddiscount':
    case 'privateratediscount':
    case 'savingsplannegation':
    case 'distributordiscount':
      return 'adjustment'
    default:
      return null
  }
}
