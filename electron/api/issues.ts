import type { z } from 'zod'
import { entityIssue, type ValidationIssue } from '../../shared/model/validation'

type Segment = string | number

export { entityIssue }

/** zod issues of one entity, with `prefix` (e.g. the entity id) put in front of each path. */
export function zodEntityIssues(error: z.ZodError, entity: string, prefix: Segment[]): ValidationIssue[] {
  return error.issues.map((i) => {
    const fieldPath = i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
    return entityIssue(entity, [...prefix, ...fieldPath], fieldPath, i.message)
  })
}

export const initiativeEntity = (name: string): string => `Initiative "${name}"`
export const poolEntity = (name: string): string => `Cost pool "${name}"`
export const SETTINGS_ENTITY = 'Portfolio settings'
