import { z } from 'zod'
import { logoInfoOfBase64, MAX_LOGO_BASE64_CHARS } from './logoImage'
import { ShortText } from './primitives'

/** A colour written #RRGGBB. */
const HexColor = z
  .string({ error: 'must be text' })
  .regex(/^#[0-9A-Fa-f]{6}$/, 'must be a colour written #RRGGBB, e.g. #1F3A5F')

/** A PNG or JPEG image as base64 (the bytes themselves, never a path), checked by its magic bytes and header. */
const LogoImage = z
  .string({ error: 'must be the image as base64 text' })
  .max(MAX_LOGO_BASE64_CHARS, 'must be 1 MB or smaller')
  .superRefine((base64, ctx) => {
    const info = logoInfoOfBase64(base64)
    if (typeof info === 'string') ctx.addIssue({ code: 'custom', message: info })
  })
  .meta({
    description: 'A PNG or JPEG image of at most 1 MB, base64-encoded (standard alphabet, padded).',
    contentEncoding: 'base64',
  })

/** The deck's look: the company it is presented for, its logo and two colours. */
export const DeckTheme = z.object({
  /** Shown on the title slide and in every footer; empty = none. */
  companyName: ShortText,
  /** null = no logo. */
  logo: LogoImage.nullable(),
  /** Title band, title slide and headings. */
  primaryColor: HexColor,
  /** The baseline's series, rules and highlights. */
  accentColor: HexColor,
})
export type DeckTheme = z.infer<typeof DeckTheme>

/** The deck's colours when the portfolio has no theme, and the starting point of a new one. */
export const DEFAULT_DECK_THEME: DeckTheme = {
  companyName: '',
  logo: null,
  primaryColor: '#2F3B52',
  accentColor: '#2F6FDE',
}
