// A minimal observable value: the state of each core domain lives in atoms that views subscribe to.
export type Listener<T> = (value: T, previous: T) => void;

export interface ReadableAtom<T> {
  get(): T;
  subscribe(listener: Listener<T>): () => void;
}

export interface Atom<T> extends ReadableAtom<T> {
  set(next: T | ((previous: T) => T)): void;
}

export function atom<T>(initial: T): Atom<T> {
  let value = initial;
  const listeners = new Set<Listener<T>>();
  return {
    get: () => value,
    set(next) {
      const previous = value;
      value = typeof next === 'function' ? (next as (previous: T) => T)(previous) : next;
      if (Object.is(value, previous)) return;
      for (const listener of [...listeners]) listener(value, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
