// Node's built-in modules when the code runs in Node, undefined elsewhere (browsers, service workers).
// Taken through process.getBuiltinModule, so the files that use it import nothing from Node and bundle
// for browsers as they are; each caller declares the small part of the module it needs.
export function nodeBuiltin<T>(id: `node:${string}`): T | undefined {
  return (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.(id) as T | undefined;
}
