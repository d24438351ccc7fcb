import { z } from 'zod'

export const STAGES = ['idea', 'pilot', 'scaling', 'mature', 'sunset'] as const
export const Stage = z.enum(STAGES)
export type Stage = z.infer<typeof Stage>

export const VALUE_TYPES = ['revenue', 'cost_savings', 'strategic'] as const
export const ValueType = z.enum(VALUE_TYPES)
export type ValueType = z.infer<typeof ValueType>

/** Stages as people read them (exports, imports, the app). */
export const STAGE_LABELS: Record<Stage, string> = {
  idea: 'Idea',
  pilot: 'Pilot',
  scaling: 'Scaling',
  mature: 'Mature',
  sunset: 'Sunset',
}

/** Value types as people read them. */
export const VALUE_TYPE_LABELS: Record<ValueType, string> = {
  revenue: 'Revenue',
  cost_savings: 'Cost savings',
  strategic: 'Strategic',
}
