import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** A word as poppler places it on a PDF page, in points from the top left. */
interface Word {
  page: number
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

export interface PdfPage {
  number: number
  width: number
  height: number
  words: Word[]
}

const num = (attrs: string, name: string): number => Number(new RegExp(`${name}="([^"]+)"`).exec(attrs)?.[1] ?? NaN)

const unescape = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')

/** Every word of every page with its box, from `pdftotext -bbox`. */
export async function pdfWords(pdfPath: string): Promise<PdfPage[]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 })
  const pages: PdfPage[] = []
  for (const m of stdout.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)) {
    const number = pages.length + 1
    const words = [...(m[2] ?? '').matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((w) => ({
      page: number,
      text: unescape(w[2] ?? ''),
      xMin: num(w[1] ?? '', 'xMin'),
      yMin: num(w[1] ?? '', 'yMin'),
      xMax: num(w[1] ?? '', 'xMax'),
      yMax: num(w[1] ?? '', 'yMax'),
    }))
    pages.push({ number, width: num(m[1] ?? '', 'width'), height: num(m[1] ?? '', 'height'), words })
  }
  return pages
}

/** Points two boxes share in x and in y (negative when apart). */
function shared(a: Word, b: Word): { x: number; y: number } {
  return {
    x: Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin),
    y: Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin),
  }
}

/**
 * Layout problems of one page: a word outside the page, two words drawn over each other, text
 * between the content area and the footer, or anything but the footer in the footer's band.
 * Boxes may touch: glyph boxes include the font's ascent and descent, so neighbouring lines of
 * one paragraph share a sliver; overlapping more than `tolerance` points both ways is a collision.
 */
export function layoutProblems(
  page: PdfPage,
  frame: { contentBottom: number; footerTop: number } | null,
  tolerance = 1.5,
): string[] {
  const problems: string[] = []
  const where = (w: Word): string =>
    `"${w.text}" at (${w.xMin.toFixed(1)}, ${w.yMin.toFixed(1)})–(${w.xMax.toFixed(1)}, ${w.yMax.toFixed(1)})`
  for (const w of page.words) {
    if (w.xMin < -0.5 || w.yMin < -0.5 || w.xMax > page.width + 0.5 || w.yMax > page.height + 0.5)
      problems.push(`page ${page.number}: ${where(w)} leaves the ${page.width}×${page.height} page`)
    if (!frame) continue
    if (w.yMax > frame.contentBottom + tolerance && w.yMin < frame.footerTop - tolerance)
      problems.push(`page ${page.number}: ${where(w)} runs below the content area into the footer's margin`)
  }
  const words = [...page.words].sort((a, b) => a.yMin - b.yMin)
  for (let i = 0; i < words.length; i++) {
    const a = words[i] as Word
    for (let j = i + 1; j < words.length; j++) {
      const b = words[j] as Word
      if (b.yMin >= a.yMax) break
      const s = shared(a, b)
      // Glyph boxes of adjacent lines overlap by up to a third of a line; a collision covers more.
      const lineHeight = Math.min(a.yMax - a.yMin, b.yMax - b.yMin)
      if (s.x > tolerance && s.y > Math.max(tolerance, lineHeight * 0.35))
        problems.push(`page ${page.number}: ${where(a)} overlaps ${where(b)}`)
    }
  }
  return problems
}
