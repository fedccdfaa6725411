import { foldToken, tokenize } from './normalise';

/** A searchable document: a product or an ingredient, with weighted text fields. */
export interface SearchDocument {
  id: string;
  kind: 'product' | 'ingredient';
  /** Brand and product name: the strongest field. */
  name: string;
  /** Ingredient names and their synonyms (Indonesian, English, INN). */
  ingredients?: string;
  /** Manufacturer, dosage form, strength: weak evidence. */
  extra?: string;
}

export interface SearchHit {
  id: string;
  kind: 'product' | 'ingredient';
  score: number;
}

const FIELD_WEIGHT = { name: 1, ingredients: 0.85, extra: 0.3 } as const;
const DISTANCE_FACTOR = [1, 0.45, 0.2] as const;

function maxEdits(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

/**
 * Type-ahead index over products and ingredients, built once. Terms are folded (Indonesian/English spelling),
 * kept in sorted order so a prefix is a contiguous range, and stored in a character trie whose nodes carry
 * their term range; a query token walks the trie for its prefix and runs a bounded Levenshtein search for
 * typos. Postings and score accumulators are typed arrays reused across queries, so a keystroke allocates
 * only its result list.
 *
 * Written here rather than taken from minisearch because the brief asks for twice minisearch's speed at equal
 * recall, which minisearch itself cannot provide.
 */
export class DrugSearchIndex {
  readonly size: number;
  readonly #docs: SearchDocument[];
  readonly #terms: string[];
  readonly #idf: Float32Array;
  readonly #postStart: Int32Array;
  readonly #postDoc: Int32Array;
  readonly #postWeight: Float32Array;
  readonly #docLength: Uint16Array;
  // Trie over the sorted terms: node -> first child, next sibling, char, and [lo, hi) term range.
  readonly #firstChild: Int32Array;
  readonly #nextSibling: Int32Array;
  readonly #char: Uint16Array;
  readonly #lo: Int32Array;
  readonly #hi: Int32Array;
  readonly #maxDepth: number;
  // Per-query scratch, reused.
  readonly #total: Float32Array;
  readonly #token: Float32Array;
  readonly #count: Uint8Array;
  readonly #seenQuery: Uint32Array;
  readonly #seenToken: Uint32Array;
  readonly #touched: Int32Array;
  #touchedCount = 0;
  #generation = 0;
  #rows: Uint8Array = new Uint8Array(0);
  #query: Uint16Array = new Uint16Array(0);
  #queryLength = 0;
  #rangeLo: Int32Array = new Int32Array(64);
  #rangeHi: Int32Array = new Int32Array(64);
  #rangeDistance: Uint8Array = new Uint8Array(64);
  #rangeCount = 0;

  constructor(documents: readonly SearchDocument[]) {
    this.#docs = [...documents];
    this.size = this.#docs.length;
    const termWeights = new Map<string, Map<number, number>>();
    this.#docLength = new Uint16Array(this.size);
    this.#docs.forEach((doc, d) => {
      let length = 0;
      for (const field of ['name', 'ingredients', 'extra'] as const) {
        const text = doc[field];
        if (!text) continue;
        for (const raw of tokenize(text)) {
          const term = foldToken(raw);
          if (term.length === 0) continue;
          length++;
          let postings = termWeights.get(term);
          if (!postings) {
            postings = new Map();
            termWeights.set(term, postings);
          }
          const w = FIELD_WEIGHT[field];
          if ((postings.get(d) ?? 0) < w) postings.set(d, w);
        }
      }
      this.#docLength[d] = Math.min(length, 65535);
    });
    this.#terms = [...termWeights.keys()].sort();
    const n = this.#terms.length;
    this.#idf = new Float32Array(n);
    this.#postStart = new Int32Array(n + 1);
    let total = 0;
    for (let t = 0; t < n; t++) {
      this.#postStart[t] = total;
      total += (termWeights.get(this.#terms[t] as string) as Map<number, number>).size;
    }
    this.#postStart[n] = total;
    this.#postDoc = new Int32Array(total);
    this.#postWeight = new Float32Array(total);
    for (let t = 0; t < n; t++) {
      const postings = termWeights.get(this.#terms[t] as string) as Map<number, number>;
      let i = this.#postStart[t] as number;
      for (const [d, w] of postings) {
        this.#postDoc[i] = d;
        this.#postWeight[i] = w;
        i++;
      }
      this.#idf[t] = Math.log(1 + this.size / postings.size);
    }
    const trie = buildTrie(this.#terms);
    this.#firstChild = trie.firstChild;
    this.#nextSibling = trie.nextSibling;
    this.#char = trie.char;
    this.#lo = trie.lo;
    this.#hi = trie.hi;
    this.#maxDepth = trie.maxDepth;
    this.#total = new Float32Array(this.size);
    this.#token = new Float32Array(this.size);
    this.#count = new Uint8Array(this.size);
    this.#seenQuery = new Uint32Array(this.size);
    this.#seenToken = new Uint32Array(this.size);
    this.#touched = new Int32Array(this.size);
  }

  document(id: number): SearchDocument | undefined {
    return this.#docs[id];
  }

  /** Best matches first: documents matching more query words outrank those matching fewer. */
  search(query: string, limit = 10): SearchHit[] {
    const tokens = tokenize(query);
    if (tokens.length === 0 || this.size === 0) return [];
    const queryGeneration = this.#nextGeneration();
    this.#touchedCount = 0;
    for (const raw of tokens.slice(0, 8)) this.#scoreToken(foldToken(raw), queryGeneration);
    return this.#topK(limit);
  }

  #nextGeneration(): number {
    this.#generation++;
    if (this.#generation === 0xffffffff) {
      this.#seenQuery.fill(0);
      this.#seenToken.fill(0);
      this.#generation = 1;
    }
    return this.#generation;
  }

  #scoreToken(term: string, queryGeneration: number): void {
    if (term.length === 0) return;
    const tokenGeneration = this.#nextGeneration();
    const isNumber = term.charCodeAt(0) >= 48 && term.charCodeAt(0) <= 57;
    this.#collectRanges(term, isNumber ? 0 : maxEdits(term.length));
    const qLength = term.length;
    for (let r = 0; r < this.#rangeCount; r++) {
      const factor = DISTANCE_FACTOR[this.#rangeDistance[r] as number] as number;
      const hi = this.#rangeHi[r] as number;
      for (let t = this.#rangeLo[r] as number; t < hi; t++) {
        const termLength = (this.#terms[t] as string).length;
        const completeness = termLength <= qLength ? 1 : 0.5 + (0.5 * qLength) / termLength;
        const base = (this.#idf[t] as number) * factor * completeness;
        const end = this.#postStart[t + 1] as number;
        for (let p = this.#postStart[t] as number; p < end; p++) {
          const d = this.#postDoc[p] as number;
          const s = base * (this.#postWeight[p] as number);
          if (this.#seenToken[d] !== tokenGeneration) {
            this.#seenToken[d] = tokenGeneration;
            this.#token[d] = s;
            if (this.#seenQuery[d] !== queryGeneration) {
              this.#seenQuery[d] = queryGeneration;
              this.#total[d] = 0;
              this.#count[d] = 0;
              this.#touched[this.#touchedCount++] = d;
            }
            this.#count[d] = (this.#count[d] as number) + 1;
            this.#total[d] = (this.#total[d] as number) + s;
          } else if (s > (this.#token[d] as number)) {
            this.#total[d] = (this.#total[d] as number) + s - (this.#token[d] as number);
            this.#token[d] = s;
          }
        }
      }
    }
  }

  /** Term ranges matching `term` as a prefix exactly, and within `k` edits (fuzzy prefix). */
  #collectRanges(term: string, k: number): void {
    this.#rangeCount = 0;
    let node = 0;
    let exact = true;
    for (let i = 0; i < term.length && exact; i++) {
      const c = term.charCodeAt(i);
      let child = this.#firstChild[node] as number;
      while (child !== -1 && this.#char[child] !== c) child = this.#nextSibling[child] as number;
      if (child === -1) exact = false;
      else node = child;
    }
    if (exact) this.#pushRange(this.#lo[node] as number, this.#hi[node] as number, 0);
    if (k === 0) return;
    const m = term.length;
    if (this.#query.length < m) this.#query = new Uint16Array(m * 2);
    for (let i = 0; i < m; i++) this.#query[i] = term.charCodeAt(i);
    this.#queryLength = m;
    const width = m + 1;
    const needed = (this.#maxDepth + 2) * width;
    if (this.#rows.length < needed) this.#rows = new Uint8Array(needed * 2);
    for (let j = 0; j <= m; j++) this.#rows[j] = j;
    this.#fuzzy(0, 0, k, width);
  }

  #fuzzy(node: number, depth: number, k: number, width: number): void {
    const rows = this.#rows;
    const prev = depth * width;
    const cur = prev + width;
    const m = this.#queryLength;
    for (
      let child = this.#firstChild[node] as number;
      child !== -1;
      child = this.#nextSibling[child] as number
    ) {
      const c = this.#char[child] as number;
      rows[cur] = (rows[prev] as number) + 1;
      let rowMin = rows[cur] as number;
      for (let j = 1; j <= m; j++) {
        const substitution = (rows[prev + j - 1] as number) + (this.#query[j - 1] === c ? 0 : 1);
        const deletion = (rows[prev + j] as number) + 1;
        const insertion = (rows[cur + j - 1] as number) + 1;
        const v =
          substitution < deletion
            ? substitution < insertion
              ? substitution
              : insertion
            : deletion < insertion
              ? deletion
              : insertion;
        rows[cur + j] = v;
        if (v < rowMin) rowMin = v;
      }
      const distance = rows[cur + m] as number;
      if (distance <= k) {
        // Distance 0 is the exact prefix, already collected by the trie walk.
        if (distance > 0) this.#pushRange(this.#lo[child] as number, this.#hi[child] as number, distance);
      } else if (rowMin <= k) {
        this.#fuzzy(child, depth + 1, k, width);
      }
    }
  }

  #pushRange(lo: number, hi: number, distance: number): void {
    if (this.#rangeCount === this.#rangeLo.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.#rangeLo = grow(this.#rangeLo);
      this.#rangeHi = grow(this.#rangeHi);
      const d = new Uint8Array(this.#rangeDistance.length * 2);
      d.set(this.#rangeDistance);
      this.#rangeDistance = d;
    }
    this.#rangeLo[this.#rangeCount] = lo;
    this.#rangeHi[this.#rangeCount] = hi;
    this.#rangeDistance[this.#rangeCount] = distance;
    this.#rangeCount++;
  }

  #topK(limit: number): SearchHit[] {
    const best: number[] = [];
    const keys: number[] = [];
    for (let i = 0; i < this.#touchedCount; i++) {
      const d = this.#touched[i] as number;
      // Matching more query words dominates; shorter documents win ties (a generic beats a long combination).
      const key =
        (this.#count[d] as number) * 1000 +
        (this.#total[d] as number) -
        (this.#docLength[d] as number) * 0.01;
      if (best.length < limit) {
        let j = best.length;
        best.push(d);
        keys.push(key);
        while (j > 0 && (keys[j - 1] as number) < key) {
          best[j] = best[j - 1] as number;
          keys[j] = keys[j - 1] as number;
          j--;
        }
        best[j] = d;
        keys[j] = key;
      } else if (key > (keys[limit - 1] as number)) {
        let j = limit - 1;
        while (j > 0 && (keys[j - 1] as number) < key) {
          best[j] = best[j - 1] as number;
          keys[j] = keys[j - 1] as number;
          j--;
        }
        best[j] = d;
        keys[j] = key;
      }
    }
    return best.map((d, i) => {
      const doc = this.#docs[d] as SearchDocument;
      return { id: doc.id, kind: doc.kind, score: keys[i] as number };
    });
  }
}

function buildTrie(terms: readonly string[]) {
  const firstChild: number[] = [-1];
  const lastChild: number[] = [-1];
  const nextSibling: number[] = [-1];
  const char: number[] = [0];
  const lo: number[] = [0];
  const hi: number[] = [terms.length];
  let maxDepth = 0;
  // Terms arrive sorted, so a new child is always the last one and each node's terms are contiguous.
  const path: number[] = [0];
  let previous = '';
  terms.forEach((term, t) => {
    let common = 0;
    while (common < term.length && common < previous.length && term[common] === previous[common]) common++;
    path.length = common + 1;
    for (let depth = common; depth < term.length; depth++) {
      const parent = path[depth] as number;
      const node = char.length;
      firstChild.push(-1);
      lastChild.push(-1);
      nextSibling.push(-1);
      char.push(term.charCodeAt(depth));
      lo.push(t);
      hi.push(t + 1);
      if (firstChild[parent] === -1) firstChild[parent] = node;
      else nextSibling[lastChild[parent] as number] = node;
      lastChild[parent] = node;
      path.push(node);
    }
    for (let depth = 1; depth < path.length; depth++) hi[path[depth] as number] = t + 1;
    if (term.length > maxDepth) maxDepth = term.length;
    previous = term;
  });
  return {
    firstChild: Int32Array.from(firstChild),
    nextSibling: Int32Array.from(nextSibling),
    char: Uint16Array.from(char),
    lo: Int32Array.from(lo),
    hi: Int32Array.from(hi),
    maxDepth,
  };
}
