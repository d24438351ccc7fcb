import { z } from 'zod'
import { Id } from '../model/primitives'
import { nameKey } from './nameKey'

/**
 * A name a source gives a model, and the price-book model it means, as the person chose it once (in
 * the price update's preview, or with the command line's --map). Saved in the portfolio, so every
 * later update and import reads the name the same way without asking again.
 */
export const ModelAlias = z.object({
  /** The name as the source writes it: "gpt-4o-2024-08-06", "anthropic/claude-sonnet-4.5". */
  name: z.string({ error: 'must be text' }).min(1, 'must not be empty').max(200, 'must be 200 characters or fewer'),
  /** The price-book model; null: none of them (the source's entry is left out, and not asked about again). */
  modelId: Id.nullable(),
})
export type ModelAlias = z.infer<typeof ModelAlias>

const MAX_MODEL_ALIASES = 5000

/** The saved names, each once (as nameKey compares them). A name may point at a model since deleted: it is then ignored. */
export const ModelAliases = z
  .array(ModelAlias)
  .max(MAX_MODEL_ALIASES, 'must hold 5,000 names or fewer')
  .superRefine((aliases, ctx) => {
    const seen = new Map<string, string>()
    aliases.forEach((a, i) => {
      const key = nameKey(a.name)
      if (key === '') {
        ctx.addIssue({ code: 'custom', path: [i, 'name'], message: 'must hold a letter or a digit' })
        return
      }
      const earlier = seen.get(key)
      if (earlier !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'name'],
          message: `must be unique: "${a.name}" is saved already as "${earlier}"`,
        })
      }
      seen.set(key, a.name)
    })
  })
export type ModelAliases = z.infer<typeof ModelAliases>

/**
 * The saved names with `choices` saved over them: a choice replaces the saved entry for the same
 * name in place, a new one is appended.
 */
export function withChoices(saved: readonly ModelAlias[], choices: readonly ModelAlias[]): ModelAlias[] {
  const next = [...saved]
  const at = new Map(next.map((a, i) => [nameKey(a.name), i]))
  for (const choice of choices) {
    const key = nameKey(choice.name)
    if (key === '') continue
    const i = at.get(key)
    if (i === undefined) {
      at.set(key, next.length)
      next.push(choice)
    } else next[i] = choice
  }
  return next
}
