import PptxGenJS from 'pptxgenjs'
import type { Writable } from 'node:stream'
import { decisionMatrix, type MatrixPoint } from '../../../shared/decisions'
import type { PortfolioResult } from '../../../shared/engine'
import type { Portfolio } from '../../../shared/model'
import { writeChunkBuffer } from '../atomicWrite'
import { addChartSlides, addMatrixSlides, addReviewsSlide, addSummarySlide, addTitleSlide } from './slides'
import { defineMaster } from './theme'

export interface DeckScenario {
  name: string
  description?: string
  result: PortfolioResult
}

export interface DeckInput {
  portfolio: Portfolio
  /** The first is the baseline. */
  scenarios: readonly DeckScenario[]
  /** Date on the title slide and "today" for overdue reviews, YYYY-MM-DD. */
  exportedOn: string
}

/** The decision matrix of the baseline, or null when it cannot be placed (the deck then leaves its slides out). */
function matrixOf(input: DeckInput): MatrixPoint[] | null {
  const baseline = input.scenarios[0]
  if (!baseline) return null
  try {
    return decisionMatrix(input.portfolio, baseline.result, input.exportedOn)
  } catch {
    return null
  }
}

/** The board deck as a .pptx buffer: native, editable charts and speaker notes with the assumptions. */
export async function buildDeck(input: DeckInput): Promise<Buffer> {
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = `${input.portfolio.settings.name}: AI portfolio economics`
  pptx.company = 'Gen AI Portfolio Planner'
  defineMaster(pptx, `${input.portfolio.settings.name} · exported ${input.exportedOn}`)
  addTitleSlide(pptx, input)
  addSummarySlide(pptx, input)
  addChartSlides(pptx, input)
  const matrix = matrixOf(input)
  if (matrix) addMatrixSlides(pptx, input, matrix)
  addReviewsSlide(pptx, input)
  const out = await pptx.write({ outputType: 'nodebuffer' })
  if (!Buffer.isBuffer(out)) throw new Error('pptxgenjs did not return a buffer')
  return out
}

export async function writeDeck(input: DeckInput, out: Writable): Promise<void> {
  await writeChunkBuffer(out, await buildDeck(input))
}
