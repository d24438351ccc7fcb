import type { ImportField } from './previewSchema'
import { INPUT_FIELDS } from '../exports/inputFields'
import { COST_INPUTS, type InputUnit } from '../model/drivers'

export type FieldKind = ImportField['kind']

/** A field a column can fill, with the other names a header may use for it. */
export interface ImportFieldSpec extends ImportField {
  kind: FieldKind
  /** Further header spellings: the grid's column header, the export's label, common words. */
  synonyms: readonly string[]
}

/** Export labels by the leaf of the field id, so a workbook exported by the app maps back by itself. */
const EXPORT_LABEL = new Map<string, string>(INPUT_FIELDS.map((f) => [f.key, f.label]))

type Spec = Omit<ImportFieldSpec, 'required' | 'synonyms'> & { required?: boolean; synonyms?: readonly string[] }

function spec(s: Spec): ImportFieldSpec {
  const leaf = s.id.split('.').at(-1) ?? s.id
  const exported = EXPORT_LABEL.get(leaf)
  return { ...s, required: s.required ?? false, synonyms: [...(s.synonyms ?? []), ...(exported ? [exported] : [])] }
}

const PERCENT_HELP = 'a percentage: 12% or the share 0.12'

/** How a declared cost input is read from a cell. */
const IMPORT_KINDS: Record<InputUnit, FieldKind> = {
  money: 'money',
  unitMoney: 'money',
  count: 'number',
  months: 'integer',
  percent: 'percent',
  yearlyRate: 'percent',
  minutes: 'number',
}

/** Every importable field, in the order of the app's grid. */
export const IMPORT_FIELDS: readonly ImportFieldSpec[] = [
  spec({
    id: 'name',
    label: 'Name',
    kind: 'text',
    required: true,
    help: 'the initiative name (required)',
    synonyms: ['Initiative', 'Initiative name', 'Title', 'Use case', 'Use case name', 'Project', 'Project name'],
  }),
  spec({
    id: 'id',
    label: 'Id',
    kind: 'id',
    help: 'optional; a new id is made when empty',
    synonyms: ['Initiative id', 'Identifier'],
  }),
  spec({
    id: 'governance.owner',
    label: 'Owner',
    kind: 'text',
    help: 'who is accountable',
    synonyms: ['Sponsor', 'Accountable', 'Product owner', 'Business owner', 'Lead', 'Owner name'],
  }),
  spec({
    id: 'governance.stage',
    label: 'Stage',
    kind: 'stage',
    help: 'Idea, Pilot, Scaling, Mature or Sunset',
    synonyms: ['Status', 'Phase'],
  }),
  spec({
    id: 'governance.valueType',
    label: 'Value type',
    kind: 'valueType',
    help: 'Revenue, Cost savings or Strategic',
    synonyms: ['Type of value', 'Benefit type'],
  }),
  spec({ id: 'governance.hypothesis', label: 'Hypothesis', kind: 'longText', help: 'what the initiative must prove' }),
  spec({
    id: 'governance.successMetric',
    label: 'Success metric',
    kind: 'text',
    help: 'how success is measured',
    synonyms: ['Metric', 'KPI'],
  }),
  spec({ id: 'governance.baseline', label: 'Baseline', kind: 'text', help: 'the metric today' }),
  spec({ id: 'governance.target', label: 'Target', kind: 'text', help: 'the metric to reach' }),
  spec({ id: 'governance.measurementPlan', label: 'Measurement plan', kind: 'longText', help: 'how it is measured' }),
  spec({
    id: 'governance.reviewDate',
    label: 'Review date',
    kind: 'date',
    help: 'YYYY-MM-DD, or empty',
    synonyms: ['Next review', 'Review due', 'Next review date'],
  }),
  spec({
    id: 'governance.timeHorizonMonths',
    label: 'Time horizon (months)',
    kind: 'integer',
    help: 'months to prove value (1 to 240)',
    synonyms: ['Time horizon'],
  }),
  spec({
    id: 'governance.strategicNarrative',
    label: 'Strategic narrative',
    kind: 'longText',
    help: 'why it matters',
    synonyms: ['Narrative'],
  }),
  spec({
    id: 'usage.launchMonth',
    label: 'Launch',
    kind: 'month',
    help: 'a month such as 2026-03, or a month index (0 = horizon start)',
    // Workbooks from versions that exported launch months as indexes head the column "Launch month (index)".
    synonyms: [
      'Launch month',
      'Launch month (index)',
      'Launch date',
      'Go-live',
      'Go live',
      'Go-live date',
      'Start month',
      'Live from',
    ],
  }),
  spec({
    id: 'usage.usersAtLaunch',
    label: 'Users at launch',
    kind: 'number',
    help: 'users in the launch month; without a target they stay at this level',
    synonyms: ['Initial users', 'Launch users', 'Starting users', 'Users at start', 'Pilot users'],
  }),
  spec({
    id: 'usage.targetUsers',
    label: 'Target users',
    kind: 'number',
    help: 'users after the ramp (empty or 0: the users at launch)',
    synonyms: [
      'Users',
      'Active users',
      'Monthly users',
      'Monthly active users',
      'MAU',
      'User count',
      'Users at scale',
      'Peak users',
    ],
  }),
  spec({
    id: 'usage.rampMonths',
    label: 'Ramp (months)',
    kind: 'integer',
    help: 'months from launch users to target users',
    synonyms: ['Ramp', 'Ramp months', 'Ramp-up', 'Ramp-up months', 'Months to target'],
  }),
  spec({
    id: 'usage.userGrowthPerYear',
    label: 'User growth / yr',
    kind: 'percent',
    help: PERCENT_HELP,
    synonyms: ['User growth', 'User growth per year'],
  }),
  spec({
    id: 'usage.queriesPerUserPerMonth',
    label: 'Queries / user / mo',
    kind: 'number',
    help: 'queries per user per month',
    synonyms: [
      'Queries per user',
      'Prompts per user',
      'Requests per user',
      'Calls per user',
      'Conversations per user',
      'Interactions per user',
      'Uses per user',
    ],
  }),
  spec({
    id: 'usage.inputTokensPerQuery',
    label: 'Input tokens / query',
    kind: 'number',
    help: 'prompt tokens per query',
    synonyms: [
      'Input tokens',
      'Prompt tokens',
      'Tokens in',
      'Input tokens per prompt',
      'Input tokens per request',
      'Context tokens',
    ],
  }),
  spec({
    id: 'usage.outputTokensPerQuery',
    label: 'Output tokens / query',
    kind: 'number',
    help: 'completion tokens per query',
    synonyms: [
      'Output tokens',
      'Completion tokens',
      'Response tokens',
      'Tokens out',
      'Output tokens per response',
      'Output tokens per request',
    ],
  }),
  spec({
    id: 'usage.promptGrowthPerYear',
    label: 'Prompt growth / yr',
    kind: 'percent',
    help: PERCENT_HELP,
    synonyms: ['Prompt growth', 'Prompt size growth', 'Token growth'],
  }),
  spec({
    id: 'usage.cacheHitRate',
    label: 'Cache hit rate',
    kind: 'percent',
    help: PERCENT_HELP,
    synonyms: ['Cache hit', 'Cached share', 'Cached input', 'Prompt cache hit'],
  }),
  spec({
    id: 'usage.cacheWriteRate',
    label: 'Cache write rate',
    kind: 'percent',
    help: PERCENT_HELP,
    synonyms: ['Cache write'],
  }),
  spec({
    id: 'usage.batchShare',
    label: 'Batch share',
    kind: 'percent',
    help: PERCENT_HELP,
    synonyms: ['Batch', 'Batched', 'Batch API'],
  }),
  spec({
    id: 'usage.modelMix',
    label: 'Model mix',
    kind: 'modelMix',
    help: 'a model id or name, or shares: "Model A 70%; Model B 30%"',
    synonyms: ['Model', 'Models', 'LLM', 'Model name', 'Model id', 'Foundation model'],
  }),
  ...COST_INPUTS.map(({ name, input }) =>
    spec({
      id: `costs.${name}`,
      label: input.label,
      kind: IMPORT_KINDS[input.unit],
      help: input.unit === 'percent' ? `${input.help}: ${PERCENT_HELP}` : input.help,
      synonyms: input.aliases ?? [],
    }),
  ),
  spec({
    id: 'value.outcomesPerQuery',
    label: 'Outcomes / query',
    kind: 'number',
    help: 'business outcomes per query',
    synonyms: ['Outcomes per prompt', 'Outcomes per request'],
  }),
  spec({
    id: 'value.valuePerOutcome',
    label: 'Value / outcome',
    kind: 'money',
    help: 'value of one outcome',
    synonyms: ['Benefit per outcome', 'Savings per outcome', 'Value per success'],
  }),
  spec({
    id: 'value.monthsToFullValue',
    label: 'Months to full value',
    kind: 'integer',
    help: 'months from launch to full value',
    synonyms: ['Time to value', 'Months to value', 'Value ramp'],
  }),
  spec({
    id: 'value.fixedMonthlyValue',
    label: 'Fixed value / mo',
    kind: 'money',
    help: 'fixed value per month from launch',
    synonyms: ['Fixed value', 'Fixed monthly value', 'Fixed monthly benefit'],
  }),
  spec({
    id: 'value.outcomeName',
    label: 'Outcome name',
    kind: 'text',
    help: 'one outcome, e.g. "ticket deflected"',
    synonyms: ['Outcome'],
  }),
]

export const FIELD_BY_ID: ReadonlyMap<string, ImportFieldSpec> = new Map(IMPORT_FIELDS.map((f) => [f.id, f]))

/** The field as the contract lists it (without synonyms). */
export const publicField = ({ id, label, kind, required, help }: ImportFieldSpec): ImportField => ({
  id,
  label,
  kind,
  required,
  help,
})
