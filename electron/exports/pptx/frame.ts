import type PptxGenJS from 'pptxgenjs'
import { formatDate } from '../../../shared/display'
import type { Portfolio } from '../../../shared/model'
import type { DeckRun } from '../../../shared/exports/deckData'
import { fitLine, fitText, linesHeight, TEXT_INSET } from './textFit'
import type { Look } from './theme'

/**
 * The frame every content slide shares, in inches on a 13.333 × 7.5 (16:9) slide: a title band in
 * the primary colour (with the logo on a white chip at its right), an optional headline sentence
 * under it, the content area, and the footer. Content never goes below CONTENT_BOTTOM, so nothing
 * reaches the footer.
 */
export const SLIDE_W = 13.333
export const SLIDE_H = 7.5
export const MARGIN_X = 0.5
export const CONTENT_W = SLIDE_W - 2 * MARGIN_X
const BAND_H = 0.95
const CONTENT_TOP = 1.15
export const CONTENT_BOTTOM = 6.85
const FOOTER_Y = 7.02
const FOOTER_H = 0.3
const TITLE_SIZE = 24
const HEADLINE_SIZE = 15
const HEADLINE_Y = 1.08

const MASTER = 'BOARD'

export interface DeckInput {
  portfolio: Portfolio
  /** The first is the baseline. */
  scenarios: readonly DeckRun[]
  /** Date on the title slide and "today" for overdue reviews, YYYY-MM-DD. */
  exportedOn: string
}

/** What every slide builder needs: the library, the input and the look. */
export interface Deck {
  pptx: PptxGenJS
  input: DeckInput
  look: Look
}

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

/** Text on slides is copied into other documents: no control characters. */
export const clean = (s: string): string => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')

/** Points of TEXT_INSET, the margin the deck gives every text box. */
const INSET_PT = TEXT_INSET * 72

export interface TextStyle {
  size: number
  bold?: boolean
  color?: string
  align?: 'left' | 'center' | 'right'
  valign?: 'top' | 'middle' | 'bottom'
  italic?: boolean
}

/** A text box with the deck's font and insets. */
export function addText(
  deck: Deck,
  slide: PptxGenJS.Slide,
  text: string | PptxGenJS.TextProps[],
  box: Box,
  style: TextStyle,
): void {
  slide.addText(typeof text === 'string' ? clean(text) : text, {
    ...box,
    fontFace: deck.look.font,
    fontSize: style.size,
    bold: style.bold ?? false,
    italic: style.italic ?? false,
    color: style.color ?? deck.look.ink,
    align: style.align ?? 'left',
    valign: style.valign ?? 'top',
    margin: INSET_PT,
    fit: 'none',
  })
}

/** Height of a box holding `lines` lines at `size` points. */
export const boxHeight = (lines: number, size: number): number => linesHeight(lines, size) + 2 * TEXT_INSET

/** Width available to text in a box `w` wide. */
const innerWidth = (w: number): number => w - 2 * TEXT_INSET

/** Width of the logo chip in the band (0 without a logo). */
function logoChipWidth(look: Look): number {
  if (!look.logo) return 0
  const h = BAND_H - 0.34 - 0.12
  return Math.min(2.2, (h * look.logo.width) / look.logo.height) + 0.12
}

/** The slide master: the band, the logo chip, the footer line and the slide number. */
export function defineMaster(deck: Deck): void {
  const { look, input } = deck
  const footer = [look.companyName, input.portfolio.settings.name, `Exported ${formatDate(input.exportedOn)}`]
    .filter((s) => s !== '')
    .join(' · ')
  const objects: PptxGenJS.SlideMasterProps['objects'] = [
    { rect: { x: 0, y: 0, w: SLIDE_W, h: BAND_H, fill: { color: look.primary }, line: { type: 'none' } } },
    {
      rect: {
        x: MARGIN_X,
        y: FOOTER_Y - 0.06,
        w: CONTENT_W,
        h: 0.01,
        fill: { color: look.rule },
        line: { type: 'none' },
      },
    },
    {
      text: {
        text: clean(fitLine(footer, innerWidth(10.6), 9)),
        options: {
          x: MARGIN_X,
          y: FOOTER_Y,
          w: 10.6,
          h: FOOTER_H,
          fontSize: 9,
          fontFace: look.font,
          color: look.muted,
          margin: INSET_PT,
          valign: 'middle',
        },
      },
    },
  ]
  const chip = logoChipWidth(look)
  if (look.logo && chip > 0) {
    const h = BAND_H - 0.34
    objects.push({
      rect: {
        x: SLIDE_W - MARGIN_X - chip,
        y: 0.17,
        w: chip,
        h,
        fill: { color: 'FFFFFF' },
        line: { type: 'none' },
        rectRadius: 0.06,
      },
    })
    objects.push({
      image: { x: SLIDE_W - MARGIN_X - chip + 0.06, y: 0.23, w: chip - 0.12, h: h - 0.12, data: look.logo.data },
    })
  }
  deck.pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects,
    slideNumber: {
      x: SLIDE_W - MARGIN_X - 1,
      y: FOOTER_Y,
      w: 1,
      h: FOOTER_H,
      fontSize: 9,
      fontFace: look.font,
      color: look.muted,
      align: 'right',
      margin: INSET_PT,
      valign: 'middle',
    },
  })
}

export interface ContentSlide {
  slide: PptxGenJS.Slide
  /** Where the content starts (below the headline, when there is one). */
  top: number
}

/**
 * A content slide: the title in the band (cut to one line), the headline (at most two lines) and
 * the speaker notes, which carry the slide's own sources and then the deck's assumptions.
 */
export function addContentSlide(deck: Deck, title: string, notes: string, headline?: string): ContentSlide {
  const slide = deck.pptx.addSlide({ masterName: MASTER })
  const titleWidth = SLIDE_W - 2 * MARGIN_X - (deck.look.logo ? logoChipWidth(deck.look) + 0.2 : 0)
  addText(
    deck,
    slide,
    fitLine(title, innerWidth(titleWidth), TITLE_SIZE, true),
    { x: MARGIN_X, y: 0.12, w: titleWidth, h: 0.71 },
    {
      size: TITLE_SIZE,
      bold: true,
      color: deck.look.onPrimary,
      valign: 'middle',
    },
  )
  slide.addNotes(clean(notes))
  if (!headline) return { slide, top: CONTENT_TOP }
  const fitted = fitText(headline, innerWidth(CONTENT_W), HEADLINE_SIZE, 2)
  const h = boxHeight(fitted.lines, HEADLINE_SIZE)
  addText(
    deck,
    slide,
    fitted.text,
    { x: MARGIN_X, y: HEADLINE_Y, w: CONTENT_W, h },
    { size: HEADLINE_SIZE, color: deck.look.ink },
  )
  return { slide, top: contentTop(headline) }
}

/** Where a content slide's content starts, below its headline when it has one. */
export function contentTop(headline?: string): number {
  if (!headline) return CONTENT_TOP
  return HEADLINE_Y + boxHeight(fitText(headline, innerWidth(CONTENT_W), HEADLINE_SIZE, 2).lines, HEADLINE_SIZE) + 0.12
}
