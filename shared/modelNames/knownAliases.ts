/** A name a source gives a model, and who bills it under that name (the id's provider when absent). */
export interface KnownName {
  name: string
  platform?: string
}

/**
 * Names sources give the default price book's models that the general rules cannot tell: a release
 * name for the model ("mistral-medium-2505" is Mistral Medium 3), or a cloud's own id
 * ("amazon.nova-pro-v1:0", billed by Amazon Bedrock). Each applies only when the portfolio's price
 * book holds the model, and only to a source that names no platform or the one listed here: Azure's
 * "mistral-medium-2505" is Azure's price, not Mistral's. Names compare as nameKey does, with and
 * without a source's platform prefix ("mistral/mistral-medium-2505" is listed once).
 */
export const KNOWN_ALIASES: Readonly<Record<string, readonly KnownName[]>> = {
  'mistral:mistral-medium-3': [{ name: 'mistral-medium-2505' }],
  'mistral:codestral': [{ name: 'codestral-2501' }],
  'bedrock:meta-llama-3.3-70b': [{ name: 'meta.llama3-3-70b-instruct-v1:0' }],
  'amazon:nova-pro': [{ name: 'amazon.nova-pro-v1:0', platform: 'bedrock' }, { name: 'amazon/nova-pro-v1' }],
  'amazon:nova-lite': [{ name: 'amazon.nova-lite-v1:0', platform: 'bedrock' }, { name: 'amazon/nova-lite-v1' }],
  'amazon:nova-micro': [{ name: 'amazon.nova-micro-v1:0', platform: 'bedrock' }, { name: 'amazon/nova-micro-v1' }],
  'cohere:command-a': [{ name: 'command-a-03-2025' }],
  'cohere:command-r7b': [{ name: 'command-r7b-12-2024' }],
}
