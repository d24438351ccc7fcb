/**
 * A function remembered per argument, for values exports repeat on every row (a meter name, a
 * service name, a tags text): each distinct text is worked out once, up to `limit` texts.
 * Made per reading, so nothing is kept between files.
 */
export function remembered<T>(work: (text: string) => T, limit = 10_000): (text: string) => T {
  const known = new Map<string, T>()
  return (text) => {
    const hit = known.get(text)
    if (hit !== undefined || known.has(text)) return hit as T
    const value = work(text)
    if (known.size < limit) known.set(text, value)
    return value
  }
}
