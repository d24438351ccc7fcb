/**
 * Who bills a model, as sources name it. LiteLLM's `litellm_provider`, OpenRouter's vendor prefix and a
 * price-book id's provider part ("openai" in "openai:gpt-4.1") all mean one of these platforms; each
 * maps to the provider part the app's price-book ids use. A platform not listed keeps its own name
 * (lower case, punctuation as "-"), so "azure/gpt-4o" meets "azure:gpt-4o" and never "openai:gpt-4o".
 */
const PLATFORMS: Readonly<Record<string, string>> = {
  openai: 'openai',
  'text-completion-openai': 'openai',
  anthropic: 'anthropic',
  gemini: 'google',
  google: 'google',
  'google-ai-studio': 'google',
  mistral: 'mistral',
  mistralai: 'mistral',
  deepseek: 'deepseek',
  'deepseek-ai': 'deepseek',
  cohere: 'cohere',
  cohere_chat: 'cohere',
  bedrock: 'bedrock',
  bedrock_converse: 'bedrock',
  amazon: 'amazon',
  amazon_nova: 'amazon',
  meta: 'meta',
  'meta-llama': 'meta',
  meta_llama: 'meta',
  xai: 'xai',
  'x-ai': 'xai',
  azure: 'azure',
  azure_ai: 'azure',
  azure_text: 'azure',
  together_ai: 'together',
  fireworks_ai: 'fireworks',
  moonshot: 'moonshot',
  moonshotai: 'moonshot',
  qwen: 'qwen',
  dashscope: 'qwen',
}

/** Display names of platforms, for models added from a file. */
const LABELS: Readonly<Record<string, string>> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  google: 'Google',
  vertex: 'Google Vertex AI',
  mistral: 'Mistral AI',
  deepseek: 'DeepSeek',
  cohere: 'Cohere',
  bedrock: 'Amazon Bedrock',
  amazon: 'Amazon',
  meta: 'Meta',
  xai: 'xAI',
  azure: 'Microsoft Azure',
  together: 'Together AI',
  fireworks: 'Fireworks AI',
  moonshot: 'Moonshot AI',
  qwen: 'Qwen',
  openrouter: 'OpenRouter',
}

/** The platform a source's provider name means: "gemini" is "google", "bedrock_converse" is "bedrock". */
export function platformOf(provider: string): string {
  const p = provider.trim().toLowerCase()
  const known = PLATFORMS[p]
  if (known) return known
  // LiteLLM splits Vertex AI by model family (vertex_ai-language-models, vertex_ai-anthropic_models...).
  if (p === 'vertex_ai' || p.startsWith('vertex_ai-') || p === 'vertex') return 'vertex'
  return p.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
}

/** Whether a name's first segment ("openai" in "openai/gpt-4o") is a platform the app knows. */
export function isKnownPlatform(segment: string): boolean {
  const p = segment.trim().toLowerCase()
  return Object.hasOwn(PLATFORMS, p) || Object.hasOwn(LABELS, p) || p === 'vertex_ai'
}

/** A platform as people read it: "OpenAI", "Amazon Bedrock"; an unknown one as written. */
export function platformLabel(platform: string): string {
  return LABELS[platform] ?? platform
}

/** The platform of a price-book id ("openai" of "openai:gpt-4.1"); null when the id has no provider part. */
export function platformOfId(id: string): string | null {
  const colon = id.indexOf(':')
  return colon > 0 ? platformOf(id.slice(0, colon)) : null
}

/** The model part of a price-book id ("gpt-4.1" of "openai:gpt-4.1"); the whole id without a provider part. */
export function modelPartOfId(id: string): string {
  const colon = id.indexOf(':')
  return colon > 0 ? id.slice(colon + 1) : id
}
