/** Every distinct ABI named by a `node_register_module_v<N>` symbol in the bytes, in order of first appearance. */
export function findModuleAbis(bytes: Uint8Array): number[]
/** The one ABI the addon was built for, or null when it names none or more than one. */
export function moduleAbi(bytes: Uint8Array): number | null
/** The ABI of the addon file at `path`, or null when it is missing or names no single ABI. */
export function moduleAbiOfFile(path: string): number | null
