import { z } from 'zod'
import { ModelAlias } from '../../modelNames'
import { DateString } from '../../model/primitives'
import { MAX_ENTRY_NAME_CHARS, MAX_MODELS_ADDED, MAX_PRICE_CHOICES, MAX_PRICE_FILE_BYTES } from '../../prices/limits'
import { PriceBookState, PriceUpdateApplied, PriceUpdatePreview } from '../../prices/preview'

/**
 * One update of the price book from a price file: the file's bytes (base64: uploaded in the browser
 * and on the desktop alike, never a path), the date the new prices take effect, the date the file was
 * read (recorded in each price's source), and the person's choices in the preview.
 */
export const PriceUpdateParams = z.object({
  fileName: z.string().min(1, 'must not be empty').max(260, 'must be 260 characters or fewer'),
  contentBase64: z
    .string()
    .max(
      Math.ceil(MAX_PRICE_FILE_BYTES / 3) * 4 + 4,
      `must be a file of ${MAX_PRICE_FILE_BYTES / (1024 * 1024)} MB or less`,
    ),
  effectiveFrom: DateString,
  readOn: DateString,
  /** Which price-book model a name of the file means (modelId null: none of them); saved in the portfolio by an update. */
  choices: z.array(ModelAlias).max(MAX_PRICE_CHOICES).default([]),
  /** Names of the file's entries to add to the price book as new models. */
  add: z.array(z.string().min(1).max(MAX_ENTRY_NAME_CHARS)).max(MAX_MODELS_ADDED).default([]),
})
export type PriceUpdateParams = z.input<typeof PriceUpdateParams>

/**
 * The price book kept current from LiteLLM's price map or OpenRouter's models list. Preview and update
 * share one plan (shared/prices/planUpdate.ts), so an update writes exactly what the preview showed,
 * in one transaction. Its undo and redo are 'prices:restore' with the state before or after.
 */
export const priceMethods = {
  /** Reads the file and plans the update; writes nothing. */
  'prices:preview': { params: PriceUpdateParams, result: PriceUpdatePreview },
  /**
   * Adds each changed model's new dated price (never overwriting one), adds the models chosen, and
   * saves the choices, in one transaction. An update that changes nothing writes nothing.
   */
  'prices:update': { params: PriceUpdateParams, result: PriceUpdateApplied },
  /**
   * Puts the models and saved names of an update back as `state` says (the undo writes the state
   * before the update, the redo the state after), in one transaction. Refused when a model to remove
   * is in an initiative's model mix.
   */
  'prices:restore': { params: z.object({ state: PriceBookState }), result: PriceBookState },
} as const
