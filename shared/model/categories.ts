import { z } from 'zod'

export const STAGES = ['idea', 'pilot', 'scaling', 'mature', 'sunset'] as const
export const Stage = z.enum(STAGES)
export type Stage = z.infer<typeof Stage>

export const VALUE_TYPES = ['revenue', 'cost_savings', 'strategic'] as const
export const ValueType = z.enum(VALUE_TYPES)
export type ValueType = z.infer<typeof ValueType>
