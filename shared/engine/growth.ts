/**
 * Compound growth without Math.pow in month loops: (1+g)^(n/12) is advanced by
 * multiplying by the monthly factor (1+g)^(1/12). g = -100% gives 1 at n = 0 and 0 after.
 */

/** Monthly factor of a yearly rate, floored at 0 so a rate below -100% cannot yield NaN. */
export function monthlyFactor(yearlyRate: number): number {
  return Math.pow(Math.max(0, 1 + yearlyRate), 1 / 12)
}

/** (1+g)^(n/12) for a whole number n >= 0; used once per series to seed the loop. */
export function growthAfter(yearlyRate: number, n: number): number {
  if (n <= 0) return 1
  return Math.pow(Math.max(0, 1 + yearlyRate), n / 12)
}
