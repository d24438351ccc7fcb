/** What the lever fields choose from: the horizon's months, the price book's models, the initiatives. */
export interface LeverContext {
  monthLabels: readonly string[]
  models: readonly { id: string; name: string; provider: string }[]
  initiatives: readonly { id: string; name: string }[]
}
