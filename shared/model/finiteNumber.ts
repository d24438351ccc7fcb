/**
 * A number that is NaN or ±Infinity where only a finite number may go. Validated inputs never
 * produce one (their bounds are chosen for it, primitives.ts); the engine and every writer still
 * refuse to hand one out, so a bug shows as this clear error rather than as a `NaN` cell.
 */
export class NonFiniteNumberError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NonFiniteNumberError'
  }
}

/** `value` when it is finite; otherwise throws, naming `what` (e.g. 'the CSV field of Support, month 3'). */
export function finiteOrThrow(value: number, what: string): number {
  if (Number.isFinite(value)) return value
  throw new NonFiniteNumberError(`${what} is ${String(value)}, not a finite number`)
}
