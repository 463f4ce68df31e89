/**
 * An object that forwards to what `current()` returns when it is reached: a helper that makes its
 * value in a vitest hook returns this at once, and the tests reach the value through it.
 */
export function standIn<T extends object>(current: () => T | undefined, missing: string): T {
  return new Proxy({} as T, {
    get(_, key) {
      const value = current();
      if (!value) throw new Error(missing);
      return Reflect.get(value, key);
    },
  });
}
