export declare const SHARED_LAYERS: Record<string, string[]>
