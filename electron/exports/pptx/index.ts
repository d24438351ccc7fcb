import PptxGenJS from 'pptxgenjs'
import type { Writable } from 'node:stream'
import { decisionMatrix, type MatrixPoint } from '../../../shared/decisions'
import { writeChunkBuffer } from '../atomicWrite'
import { defineMaster, type Deck, type DeckInput } from './frame'
import { addReallocation, addSpendAgainstBudget } from './slides/budget'
import { addDecisionsDue, addRecommendationsTable } from './slides/decisions'
import { addCostByDriver, addScenarioComparison, addUnitCostTrend } from './slides/economics'
import { addMatrixSlide } from './slides/matrix'
import { addSummarySlide, addTitleSlide } from './slides/opening'
import { addTornado, addWaterfall } from './slides/sensitivity'
import { lookOf } from './theme'

export type { DeckInput } from './frame'

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

/**
 * The board deck as a .pptx buffer, in the order a board reads it: the summary, the scenarios,
 * where the money goes and why unit costs move, what NPV is sensitive to, the decision matrix and
 * its recommendations, spend against the budget and the suggested reallocation, and the decisions
 * due. Native, editable charts; every slide's notes carry its sources and assumptions.
 */
async function buildDeck(input: DeckInput): Promise<Buffer> {
  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = `${input.portfolio.settings.name}: AI portfolio economics`
  const look = lookOf(input.portfolio.settings.deckTheme)
  pptx.company = look.companyName || 'Gen AI Portfolio Planner'
  const deck: Deck = { pptx, input, look }
  defineMaster(deck)
  addTitleSlide(deck)
  addSummarySlide(deck)
  addScenarioComparison(deck)
  addCostByDriver(deck)
  addUnitCostTrend(deck)
  addWaterfall(deck)
  addTornado(deck)
  const matrix = matrixOf(input)
  if (matrix) {
    addMatrixSlide(deck, matrix)
    addRecommendationsTable(deck, matrix)
  }
  addSpendAgainstBudget(deck)
  if (matrix) {
    addReallocation(deck, matrix)
    addDecisionsDue(deck, matrix)
  }
  const out = await pptx.write({ outputType: 'nodebuffer' })
  if (!Buffer.isBuffer(out)) throw new Error('pptxgenjs did not return a buffer')
  return out
}

export async function writeDeck(input: DeckInput, out: Writable): Promise<void> {
  await writeChunkBuffer(out, await buildDeck(input))
}
