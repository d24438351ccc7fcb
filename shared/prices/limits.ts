import { MAX_IMPORT_BYTES } from '../imports/limits'

/**
 * Limits of a price file. LiteLLM's price map is about 1.5 MB and 3,000 entries, OpenRouter's models
 * list about 0.5 MB and 350: these leave room to grow. The byte limit is the import's, so the file
 * also fits the desktop's open dialog and the browser bridge's request size once in base64.
 */
export const MAX_PRICE_FILE_BYTES = MAX_IMPORT_BYTES

/** Most entries read from one file; a file with more is refused whole. */
export const MAX_PRICE_FILE_ENTRIES = 20_000

/** Longest model name taken from a file (the price book's names and ids are shorter). */
export const MAX_ENTRY_NAME_CHARS = 200

/** Choices of the person sent with one preview or update: saved names and models to add. */
export const MAX_PRICE_CHOICES = 5000
export const MAX_MODELS_ADDED = 500
