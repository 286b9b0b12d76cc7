/**
 * The ARG / ENV values an instruction can see, as a persistent map: setting a variable returns a
 * new scope that shares almost everything with the old one, so every instruction keeps its own
 * view of the variables without copying the whole map (10,000 ARGs cost ~10,000 small nodes, not
 * 10,000 maps of up to 10,000 entries). A hash array mapped trie: lookups and updates touch at most
 * seven small nodes.
 *
 * Reads like a `ReadonlyMap`: `get`, `has`, `size`, `keys()`, `values()`, `entries()`, `forEach`
 * and `for … of`, in insertion order (a key keeps its place when it is set again, as in a `Map`).
 */
export type VariableValue = string | null;

export interface VariableScope extends Iterable<[string, VariableValue]> {
  get(name: string): VariableValue | undefined;
  has(name: string): boolean;
  /** Compares keys by insertion order (smaller: set earlier), −1 when absent. Not a position. */
  orderOf(name: string): number;
  readonly size: number;
  keys(): IterableIterator<string>;
  values(): IterableIterator<VariableValue>;
  entries(): IterableIterator<[string, VariableValue]>;
  forEach(callback: (value: VariableValue, key: string, scope: VariableScope) => void): void;
}

class Leaf {
  readonly hash: number;
  readonly key: string;
  readonly value: VariableValue;
  /** When the key was first set in this line of scopes: orders keys as they were inserted. */
  readonly order: number;
  constructor(hash: number, key: string, value: VariableValue, order: number) {
    this.hash = hash;
    this.key = key;
    this.value = value;
    this.order = order;
  }
}

/** Keys whose 32-bit hashes are equal. */
class Collision {
  readonly hash: number;
  readonly leaves: readonly Leaf[];
  constructor(hash: number, leaves: readonly Leaf[]) {
    this.hash = hash;
    this.leaves = leaves;
  }
}

class Branch {
  readonly bitmap: number;
  readonly children: readonly Entry[];
  constructor(bitmap: number, children: readonly Entry[]) {
    this.bitmap = bitmap;
    this.children = children;
  }
}

/** Keys in the order they were first set, newest first, shared between scopes. */
interface KeyList {
  key: string;
  previous: KeyList | null;
}

type Entry = Leaf | Collision | Branch;

const EMPTY_BRANCH = new Branch(0, []);
/** Bits of the hash per level: 32-way nodes keep the trie shallow (at most 7 levels). */
const BITS = 5;
const MASK = (1 << BITS) - 1;

function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}

function find(node: Entry, hash: number, key: string): Leaf | undefined {
  let shift = 0;
  for (;;) {
    if (node instanceof Branch) {
      const bit = 1 << ((hash >>> shift) & MASK);
      if ((node.bitmap & bit) === 0) return undefined;
      node = node.children[popcount(node.bitmap & (bit - 1))];
      shift += BITS;
    } else if (node instanceof Leaf) {
      return node.key === key ? node : undefined;
    } else {
      return node.hash === hash ? node.leaves.find((leaf) => leaf.key === key) : undefined;
    }
  }
}

/** Returns a new entry with `leaf` set; `added` says whether the key is new. */
function insert(node: Entry, shift: number, leaf: Leaf, added: { value: boolean }): Entry {
  if (node instanceof Branch) {
    const bit = 1 << ((leaf.hash >>> shift) & MASK);
    const index = popcount(node.bitmap & (bit - 1));
    const children = node.children.slice();
    if ((node.bitmap & bit) === 0) {
      added.value = true;
      children.splice(index, 0, leaf);
      return new Branch(node.bitmap | bit, children);
    }
    children[index] = insert(children[index], shift + BITS, leaf, added);
    return new Branch(node.bitmap, children);
  }
  if (node instanceof Leaf) {
    if (node.key === leaf.key) return new Leaf(leaf.hash, leaf.key, leaf.value, node.order);
    added.value = true;
    if (node.hash === leaf.hash) return new Collision(leaf.hash, [node, leaf]);
    return merge(node, node.hash, leaf, shift);
  }
  if (node.hash === leaf.hash) {
    const at = node.leaves.findIndex((other) => other.key === leaf.key);
    const leaves = node.leaves.slice();
    if (at === -1) {
      added.value = true;
      leaves.push(leaf);
    } else {
      leaves[at] = new Leaf(leaf.hash, leaf.key, leaf.value, leaves[at].order);
    }
    return new Collision(node.hash, leaves);
  }
  added.value = true;
  return merge(node, node.hash, leaf, shift);
}

/** A branch holding two entries with different hashes, split at the first BITS-bit chunk where they differ. */
function merge(existing: Leaf | Collision, existingHash: number, leaf: Leaf, shift: number): Branch {
  const a = (existingHash >>> shift) & MASK;
  const b = (leaf.hash >>> shift) & MASK;
  if (a === b) return new Branch(1 << a, [merge(existing, existingHash, leaf, shift + BITS)]);
  return new Branch((1 << a) | (1 << b), a < b ? [existing, leaf] : [leaf, existing]);
}

let nextOrder = 0;

class Scope implements VariableScope {
  readonly size: number;
  readonly #root: Branch;
  readonly #order: KeyList | null;

  constructor(root: Branch, size: number, order: KeyList | null) {
    this.#root = root;
    this.size = size;
    this.#order = order;
  }

  get(name: string): VariableValue | undefined {
    return this.size === 0 ? undefined : find(this.#root, hashOf(name), name)?.value;
  }

  has(name: string): boolean {
    return this.size !== 0 && find(this.#root, hashOf(name), name) !== undefined;
  }

  orderOf(name: string): number {
    return this.size === 0 ? -1 : find(this.#root, hashOf(name), name)?.order ?? -1;
  }

  /** A new scope with `name` set; this one is unchanged. */
  set(name: string, value: VariableValue): Scope {
    const added = { value: false };
    const root = insert(this.#root, 0, new Leaf(hashOf(name), name, value, nextOrder++), added) as Branch;
    return added.value ? new Scope(root, this.size + 1, { key: name, previous: this.#order }) : new Scope(root, this.size, this.#order);
  }

  *keys(): IterableIterator<string> {
    const keys: string[] = [];
    for (let link = this.#order; link; link = link.previous) keys.push(link.key);
    for (let i = keys.length - 1; i >= 0; i--) yield keys[i];
  }

  *values(): IterableIterator<VariableValue> {
    for (const key of this.keys()) yield this.get(key) as VariableValue;
  }

  *entries(): IterableIterator<[string, VariableValue]> {
    for (const key of this.keys()) yield [key, this.get(key) as VariableValue];
  }

  [Symbol.iterator](): IterableIterator<[string, VariableValue]> {
    return this.entries();
  }

  forEach(callback: (value: VariableValue, key: string, scope: VariableScope) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}

export type { Scope };

/** The scope with no variables. */
export const EMPTY_SCOPE: Scope = new Scope(EMPTY_BRANCH, 0, null);

/** A scope holding the given entries, in order (for tests and hand-built models). */
export function scopeOf(entries: Iterable<readonly [string, VariableValue]> = []): Scope {
  let scope = EMPTY_SCOPE;
  for (const [name, value] of entries) scope = scope.set(name, value);
  return scope;
}
