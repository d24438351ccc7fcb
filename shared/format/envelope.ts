import { z } from 'zod'
import { Portfolio } from '../model/portfolio'
import { FORMAT_VERSION } from './migrations'

/** The `format` value of every portfolio JSON document. */
export const FORMAT_NAME = 'genai-portfolio-planner'

/** Larger texts are refused before parsing (UTF-16 code units, about 50 MB of ASCII JSON). */
export const MAX_JSON_CHARS = 50 * 1024 * 1024

/** The current document: `{ format, version, portfolio }`. Used for the published JSON Schema. */
export const PortfolioDocument = z.object({
  format: z.literal(FORMAT_NAME),
  version: z.literal(FORMAT_VERSION),
  portfolio: Portfolio,
})
export type PortfolioDocument = z.infer<typeof PortfolioDocument>
