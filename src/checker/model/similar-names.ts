/**
 * Finds the names within a small edit distance of a query (Levenshtein with adjacent
 * transpositions, as `editDistance` in query/text.ts) without comparing the query with every
 * name: the names form a trie, walked with a band of the edit-distance table (2·limit + 1 cells)
 * per node and cut off as soon as the band exceeds the limit. So "did you mean …?" stays cheap
 * when a file declares 10,000 variables and uses thousands of undefined ones.
 */
interface TrieNode {
  children: Map<string, TrieNode>;
  /** The name ending here, if any. */
  name: string | null;
}

const newNode = (): TrieNode => ({ children: new Map(), name: null });

export class NameIndex {
  readonly #root = newNode();

  add(name: string): void {
    let node = this.#root;
    for (const ch of name.split('')) {
      let next = node.children.get(ch);
      if (!next) {
        next = newNode();
        node.children.set(ch, next);
      }
      node = next;
    }
    node.name = name;
  }

  /** Every indexed name at distance ≤ `limit` from `query`, in no particular order. */
  within(query: string, limit: number): string[] {
    return this.#search(query, limit).map((match) => match.name);
  }

  /**
   * The accepted name nearest to `query` (distance ≤ `limit`; ties go to the name that sorts first), or undefined.
   * Distances come from the walk itself, so no pairwise comparison is repeated.
   */
  nearest(query: string, limit: number, accept: (name: string) => boolean = () => true): string | undefined {
    let best: { name: string; distance: number } | undefined;
    for (const match of this.#search(query, limit)) {
      if (best && (match.distance > best.distance || (match.distance === best.distance && match.name > best.name))) continue;
      if (accept(match.name)) best = match;
    }
    return best?.name;
  }

  #search(query: string, limit: number): { name: string; distance: number }[] {
    const k = Math.max(0, Math.floor(limit));
    const width = 2 * k + 1;
    const over = k + 1;
    const m = query.length;
    const found: { name: string; distance: number }[] = [];
    // Band of depth d: cell t holds the distance between the trie path (length d) and query[0, d - k + t).
    const first = new Array<number>(width).fill(over);
    for (let t = k; t < width; t++) first[t] = Math.min(t - k, over);
    if (this.#root.name !== null && m <= k) found.push({ name: this.#root.name, distance: m });
    const empty = new Array<number>(width).fill(over);
    type Frame = { node: TrieNode; depth: number; band: number[]; parentBand: number[]; ch: string; parentCh: string };
    const stack: Frame[] = [];
    for (const [ch, child] of this.#root.children) stack.push({ node: child, depth: 1, band: first, parentBand: empty, ch, parentCh: '' });
    while (stack.length > 0) {
      const { node, depth, band: previous, parentBand: beforePrevious, ch, parentCh } = stack.pop()!;
      const band = new Array<number>(width);
      let best = over;
      for (let t = 0; t < width; t++) {
        const j = depth - k + t;
        if (j < 0 || j > m) {
          band[t] = over;
          continue;
        }
        let value = (t + 1 < width ? previous[t + 1] : over) + 1;
        if (t > 0) value = Math.min(value, band[t - 1] + 1);
        if (j > 0) value = Math.min(value, previous[t] + (query[j - 1] === ch ? 0 : 1));
        if (j > 1 && depth > 1 && query[j - 2] === ch && query[j - 1] === parentCh) value = Math.min(value, beforePrevious[t] + 1);
        band[t] = Math.min(value, over);
        if (band[t] < best) best = band[t];
      }
      if (best > k) continue;
      const end = m - depth + k;
      if (node.name !== null && end >= 0 && end < width && band[end] <= k) found.push({ name: node.name, distance: band[end] });
      for (const [next, child] of node.children) stack.push({ node: child, depth: depth + 1, band, parentBand: previous, ch: next, parentCh: ch });
    }
    return found;
  }
}
