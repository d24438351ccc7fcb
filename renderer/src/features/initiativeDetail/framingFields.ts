import { STAGES, VALUE_TYPES, type Initiative } from '../../../../shared/model'
import type { FieldKind } from './CommitField'
import { amountOrTyped } from '../../../../shared/imports/numberText'

export const STAGE_LABELS: Record<(typeof STAGES)[number], string> = {
  idea: 'Idea',
  pilot: 'Pilot',
  scaling: 'Scaling',
  mature: 'Mature',
  sunset: 'Sunset',
}

export const VALUE_TYPE_LABELS: Record<(typeof VALUE_TYPES)[number], string> = {
  revenue: 'Revenue',
  cost_savings: 'Cost savings',
  strategic: 'Strategic',
}

export interface FramingField {
  field: string
  label: string
  kind: FieldKind
  read: (i: Initiative) => string
  parse: (text: string) => unknown
  wide?: boolean
  hint?: string
}

const asText = (t: string): unknown => t

/** The ROI framing, in the order a reviewer reads it: what, why, how we will know, who and when. */
export const FRAMING_FIELDS: readonly FramingField[] = [
  {
    field: 'governance.valueType',
    label: 'Value type',
    kind: { type: 'select', options: VALUE_TYPES.map((v) => ({ value: v, label: VALUE_TYPE_LABELS[v] })) },
    read: (i) => i.governance.valueType,
    parse: asText,
  },
  {
    field: 'governance.stage',
    label: 'Stage',
    kind: { type: 'select', options: STAGES.map((v) => ({ value: v, label: STAGE_LABELS[v] })) },
    read: (i) => i.governance.stage,
    parse: asText,
  },
  { field: 'governance.owner', label: 'Owner', kind: { type: 'text' }, read: (i) => i.governance.owner, parse: asText },
  {
    field: 'governance.reviewDate',
    label: 'Review date',
    kind: { type: 'date' },
    read: (i) => i.governance.reviewDate ?? '',
    // An emptied date means "no review planned", which the model stores as null.
    parse: (t) => (t.trim() === '' ? null : t.trim()),
  },
  {
    field: 'governance.timeHorizonMonths',
    label: 'Time horizon',
    kind: { type: 'number', suffix: 'months' },
    read: (i) => String(i.governance.timeHorizonMonths),
    parse: amountOrTyped,
    hint: 'Months the initiative has to prove its value',
  },
  {
    field: 'governance.hypothesis',
    label: 'Hypothesis',
    kind: { type: 'longText' },
    read: (i) => i.governance.hypothesis,
    parse: asText,
    wide: true,
    hint: 'Ctrl+Enter or leaving the field saves',
  },
  {
    field: 'governance.successMetric',
    label: 'Success metric',
    kind: { type: 'text' },
    read: (i) => i.governance.successMetric,
    parse: asText,
  },
  {
    field: 'governance.baseline',
    label: 'Baseline',
    kind: { type: 'text' },
    read: (i) => i.governance.baseline,
    parse: asText,
  },
  {
    field: 'governance.target',
    label: 'Target',
    kind: { type: 'text' },
    read: (i) => i.governance.target,
    parse: asText,
  },
  {
    field: 'governance.measurementPlan',
    label: 'Measurement plan',
    kind: { type: 'longText' },
    read: (i) => i.governance.measurementPlan,
    parse: asText,
    wide: true,
  },
  {
    field: 'governance.strategicNarrative',
    label: 'Strategic narrative',
    kind: { type: 'longText' },
    read: (i) => i.governance.strategicNarrative,
    parse: asText,
    wide: true,
  },
]
