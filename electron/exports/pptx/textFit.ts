/**
 * How much room a text takes on a slide, so every text box and table row is sized before it is
 * placed and nothing runs off its slide or under the footer. The deck's font is Arial, whose
 * widths are the same everywhere it is rendered (PowerPoint; LibreOffice's metric-compatible
 * Liberation Sans), so these estimates hold in both. Widths are Helvetica's (= Arial's) advance
 * widths in thousandths of an em for ASCII; other characters count as wide.
 */

// prettier-ignore
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 : ; < = > ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [ \ ] ^ _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a-o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p-z { | } ~
]
// prettier-ignore
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
]

/** Characters outside ASCII the deck writes itself. */
const OTHER: Record<string, number> = {
  '—': 1000,
  '–': 556,
  '…': 1000,
  '·': 278,
  '−': 584,
  '≥': 549,
  '≤': 549,
  '±': 584,
  '€': 556,
  '£': 556,
  '¥': 556,
  '×': 584,
  '’': 222,
  '“': 333,
  '”': 333,
}

/** Room a text box or cell keeps around its text (inches); matched by the margins the deck sets. */
export const TEXT_INSET = 0.05
/** Line height as a multiple of the font size (single spacing in Arial). */
const LINE_SPACING = 1.2
/** Safety on every width estimate, for kerning and rounding in the renderer. */
const SLACK = 1.06

function charWidth(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0) ?? 0
  if (code >= 32 && code <= 126) return ((bold ? BOLD : REGULAR)[code - 32] ?? 600) / 1000
  const known = OTHER[ch]
  if (known !== undefined) return known / 1000
  // CJK and other full-width scripts take a whole em; the rest, a wide letter's width.
  return code >= 0x2e80 ? 1 : 0.72
}

/** Width of a single line of text in inches at `fontSize` points. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0
  for (const ch of text) em += charWidth(ch, bold)
  return (em * fontSize * SLACK) / 72
}

/** Height of `lines` lines in inches, without the box's insets. */
export function linesHeight(lines: number, fontSize: number): number {
  return (lines * fontSize * LINE_SPACING) / 72
}

/** Splits a word wider than `width` into pieces that fit. */
function breakWord(word: string, width: number, fontSize: number, bold: boolean): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const ch of word) {
    if (piece !== '' && textWidth(piece + ch, fontSize, bold) > width) {
      pieces.push(piece)
      piece = ''
    }
    piece += ch
  }
  if (piece !== '') pieces.push(piece)
  return pieces
}

/** The lines a renderer wraps `text` into within `width` inches (greedy, at spaces; explicit line breaks kept). */
export function wrapText(text: string, width: number, fontSize: number, bold = false): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/ +/).filter((w) => w !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`
      if (textWidth(candidate, fontSize, bold) <= width) {
        line = candidate
        continue
      }
      if (line !== '') lines.push(line)
      const pieces = breakWord(word, width, fontSize, bold)
      line = pieces.pop() ?? ''
      lines.push(...pieces)
    }
    lines.push(line)
  }
  return lines
}

/**
 * `text` cut to at most `maxLines` lines within `width` inches, ending in "…" when cut. Returns
 * the text as it should be written (wrapped lines joined with spaces, so the renderer wraps them
 * the same way) and the number of lines it takes.
 */
export function fitText(
  text: string,
  width: number,
  fontSize: number,
  maxLines: number,
  bold = false,
): { text: string; lines: number; cut: boolean } {
  const lines = wrapText(text, width, fontSize, bold)
  if (lines.length <= maxLines) return { text, lines: Math.max(1, lines.length), cut: false }
  const kept = lines.slice(0, maxLines)
  let last = kept[maxLines - 1] ?? ''
  while (last !== '' && textWidth(`${last}…`, fontSize, bold) > width) last = last.slice(0, -1)
  kept[maxLines - 1] = `${last.trimEnd()}…`
  return { text: kept.join(' '), lines: maxLines, cut: true }
}

/** One line of `text` within `width` inches, cut with "…" when longer. */
export function fitLine(text: string, width: number, fontSize: number, bold = false): string {
  return fitText(text.replace(/\s+/g, ' '), width, fontSize, 1, bold).text
}

/** The largest font size from `sizes` (largest first) at which `text` fits `maxLines` lines of `width`. */
export function sizeToFit(
  text: string,
  width: number,
  sizes: readonly number[],
  maxLines: number,
  bold = false,
): number {
  for (const size of sizes) if (wrapText(text, width, size, bold).length <= maxLines) return size
  return sizes[sizes.length - 1] ?? 10
}
