/**
 * Draws of ranged inputs evaluated by the engine, one draw at a time (docs/uncertainty.md, section 8):
 * the case compiled once, each draw changing only what it moves.
 */
export { DrawEvaluator } from './drawEvaluator'
export { DrawFigures, type InitiativeDraw, type PortfolioDraw } from './drawFigures'
export { enteredValue } from './drawnInputs'
export { SCALING_INPUTS } from './fastInitiative'
export type { DrawColumns, FactorSlot, InitiativeSlots, RangedSlot } from './plan'
