import type { InitiativeInputs } from './compiled'

/**
 * The build and one-off costs of an initiative that fall before month 0 (docs/cost-model.md,
 * section 4): build months L - B … L - 1 (month L alone without build months) and the one-offs
 * (data, evaluation set-up, compliance) in month L - 1, with L the launch month and B the build
 * months. They are sunk: outside the horizon's cost, NPV, ROI and payback, and reported beside
 * them. Scenario levers act within the horizon only, so these are as entered.
 */
export function costBeforeHorizon(inp: InitiativeInputs): number {
  const L = inp.launchMonth
  const B = inp.buildMonths
  const buildTotal = inp.buildFteMonths * inp.costPerFteMonth
  const build = B > 0 ? (buildTotal / B) * Math.max(0, B - Math.max(0, L)) : L < 0 ? buildTotal : 0
  const oneOffs = L <= 0 ? inp.dataOneOff + inp.evalSetup + inp.complianceOneOff : 0
  return build + oneOffs
}
