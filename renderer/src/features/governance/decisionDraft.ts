/**
 * Logging a decision: the form's draft, its checks (the model's own DecisionEntry rules), and the one
 * batch of field edits that writes it, so the log, the next review date and the stage change together
 * and undo together.
 */
import type { FieldEdit } from '../../../../shared/api/contract'
import type { ApiError } from '../../../../shared/api/result'
import { formatDate, parseDateText } from '../../../../shared/display/dates'
import { DecisionEntry, type DecisionKind, type Initiative, type Stage } from '../../../../shared/model'

export const DECISION_LABELS: Record<DecisionKind, string> = {
  scale: 'Scale',
  optimise: 'Optimise',
  continue: 'Continue',
  pivot: 'Pivot',
  sunset: 'Sunset',
}

/** The form as typed: dates as people write them ("7 Jul 2027"), read when the entry is made. */
export interface DecisionDraft {
  date: string
  decision: DecisionKind
  rationale: string
  by: string
  /** '' keeps the current review date. */
  nextReviewDate: string
  /** '' keeps the current stage. */
  stage: Stage | ''
}

export type DraftField = keyof DecisionDraft

export const DRAFT_LABELS: Record<DraftField, string> = {
  date: 'Date',
  decision: 'Decision',
  rationale: 'Rationale',
  by: 'Decided by',
  nextReviewDate: 'Next review date',
  stage: 'Stage',
}

/** Messages by field, each naming the field and the rule it broke. */
export type DraftIssues = Partial<Record<DraftField, string>>

export function emptyDraft(today: string): DecisionDraft {
  return { date: formatDate(today), decision: 'continue', rationale: '', by: '', nextReviewDate: '', stage: '' }
}

/** A typed date as the model writes it (YYYY-MM-DD), or the text as typed for the rules to refuse. */
const dateOf = (text: string): string => parseDateText(text) ?? text.trim()

/** The stage a decision usually moves to, when it moves the initiative on; '' keeps the stage. */
export function suggestedStage(decision: DecisionKind, current: Stage): Stage | '' {
  if (decision === 'sunset') return current === 'sunset' ? '' : 'sunset'
  if (decision === 'scale') return current === 'idea' || current === 'pilot' ? 'scaling' : ''
  return ''
}

/** A decision id not yet used by this initiative's log: `<initiative id>-d<n>`. */
export function nextDecisionId(init: Initiative): string {
  const used = new Set((init.decisions ?? []).map((d) => d.id))
  let n = used.size + 1
  // Initiative ids are at most 64 characters; the suffix must keep the decision id within the same limit.
  const base = init.id.slice(0, 56)
  while (used.has(`${base}-d${n}`)) n++
  return `${base}-d${n}`
}

/** The log with `entry` placed after every decision of the same date or earlier (the log is kept oldest first). */
export function insertByDate(log: readonly DecisionEntry[], entry: DecisionEntry): DecisionEntry[] {
  const at = log.findIndex((d) => d.date > entry.date)
  return at === -1 ? [...log, entry] : [...log.slice(0, at), entry, ...log.slice(at)]
}

export function toEntry(draft: DecisionDraft, id: string): DecisionEntry {
  return {
    id,
    date: dateOf(draft.date),
    decision: draft.decision,
    rationale: draft.rationale.trim(),
    by: draft.by.trim(),
    nextReviewDate: draft.nextReviewDate.trim() === '' ? null : dateOf(draft.nextReviewDate),
    stage: draft.stage === '' ? null : draft.stage,
  }
}

/** Checks the entry against the model's DecisionEntry rules before anything is sent. */
export function draftIssues(draft: DecisionDraft): DraftIssues {
  const issues: DraftIssues = {}
  // A date that cannot be read is asked for as the app writes dates, not as the file stores them.
  // The decision's date is required; an empty next review date keeps the current one.
  for (const f of ['date', 'nextReviewDate'] as const)
    if ((f === 'date' || draft[f].trim() !== '') && parseDateText(draft[f]) === null)
      issues[f] = `${DRAFT_LABELS[f]} must be a date such as 7 Jul 2027`
  const parsed = DecisionEntry.safeParse(toEntry(draft, 'draft'))
  if (parsed.success) return issues
  for (const issue of parsed.error.issues) {
    const field = issue.path[0]
    if (typeof field === 'string' && field in DRAFT_LABELS) {
      const f = field as DraftField
      issues[f] ??= `${DRAFT_LABELS[f]} ${issue.message}`
    }
  }
  return issues
}

/**
 * The edits that log `entry`: the whole decision log (one field, so the log is replaced atomically), and the
 * review date and stage when the decision sets them. Sent together, they are one call and one undo step.
 */
export function decisionEdits(init: Initiative, entry: DecisionEntry): FieldEdit[] {
  const edits: FieldEdit[] = [{ id: init.id, field: 'decisions', value: insertByDate(init.decisions ?? [], entry) }]
  if (entry.nextReviewDate !== null) {
    edits.push({ id: init.id, field: 'governance.reviewDate', value: entry.nextReviewDate })
  }
  if (entry.stage !== null) edits.push({ id: init.id, field: 'governance.stage', value: entry.stage })
  return edits
}

/** The draft field an API issue is about: 'decisions.3.rationale' -> rationale, 'governance.reviewDate' -> nextReviewDate. */
export function draftFieldOf(issueField: string): DraftField | null {
  if (issueField.endsWith('governance.reviewDate')) return 'nextReviewDate'
  if (issueField.endsWith('governance.stage')) return 'stage'
  const m = /(?:^|\.)decisions\.\d+\.(\w+)$/.exec(issueField)
  const f = m?.[1]
  return f !== undefined && f in DRAFT_LABELS ? (f as DraftField) : null
}

/** A refusal from the API spread over the form's fields; what names no field goes under `form`. */
export function apiIssues(error: ApiError): { fields: DraftIssues; form: string | null } {
  const fields: DraftIssues = {}
  const rest: string[] = []
  for (const issue of error.issues ?? []) {
    const f = draftFieldOf(issue.field)
    if (f) fields[f] ??= `${DRAFT_LABELS[f]} ${issue.rule}`
    else rest.push(issue.message)
  }
  const form = rest.length > 0 ? rest.join(' ') : Object.keys(fields).length === 0 ? error.message : null
  return { fields, form }
}
