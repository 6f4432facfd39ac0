// Counting distinct people without keeping who they are.
//
// Each person is a 64-bit keyed fingerprint of their subject key (a seeded hash, random per run,
// never output), held in an open-addressing table in one typed array: 16 bytes a slot (fingerprint,
// a bitmask of categories and flags, a place id), at most 75% full. A million people take 32 MB.
//
// Past `exactLimit` people (default 3 million, 64 MB), the table is folded into HyperLogLog
// sketches (p = 16, relative standard error 0.41%, 1.3 MB for the total and the categories; per
// place at p = 12, 1.6%) and memory stops growing: counts become estimates, and the result says so. The exact table
// cannot be kept for any size within a fixed memory budget; below the limit nothing is estimated.

export const MASK_BITS = 20;

/** Bits after the 14 categories. */
export const FLAG = {
  under13: 1 << 14,
  under16: 1 << 15,
  withBirthDate: 1 << 16,
  plainCredential: 1 << 17,
  hashedCredential: 1 << 18,
  tokenCredential: 1 << 19,
} as const;

const EMPTY_PLACE = 0;
const MANY_PLACES = 0xffff;
/** More links than this make a name a shared one (see PeopleTable.linkedRoots). */
const SHARED_NAME_LINKS = 4;

/** Keyed 64-bit fingerprint of a string (two 32-bit multiply-xorshift lanes, cyrb53's mixing). */
export class Fingerprinter {
  hi = 0;
  lo = 0;
  constructor(private readonly seed1: number, private readonly seed2: number) {}

  of(text: string): void {
    let h1 = 0xdeadbeef ^ this.seed1;
    let h2 = 0x41c6ce57 ^ this.seed2;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
    h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    this.hi = h2 >>> 0;
    this.lo = h1 >>> 0 || 1; // 0:0 marks an empty slot
  }
}

// ---------------------------------------------------------------------------------------------
// HyperLogLog

/** Bits of the fingerprint's low word a rank counts: it is never 0, so 31 after its first. */
const RANK_BITS = 31;

/** Ertl's σ(x) = x + Σ x^(2^k)·2^(k-1): the empty registers' term. */
function sigma(x: number): number {
  if (x === 1) return Infinity;
  let power = x;
  let weight = 1;
  let sum = x;
  for (let previous = -1; previous !== sum; ) {
    previous = sum;
    power *= power;
    sum += power * weight;
    weight += weight;
  }
  return sum;
}

/** Ertl's τ(x) = (1 - x - Σ (1 - x^(2^-k))²·2^-k) / 3: the full registers' term. */
function tau(x: number): number {
  if (x === 0 || x === 1) return 0;
  let root = x;
  let weight = 1;
  let sum = 1 - x;
  for (let previous = -1; previous !== sum; ) {
    previous = sum;
    root = Math.sqrt(root);
    weight *= 0.5;
    sum -= (1 - root) ** 2 * weight;
  }
  return sum / 3;
}

export class HyperLogLog {
  readonly registers: Uint8Array;
  private readonly shift: number;

  constructor(readonly precision: number) {
    this.registers = new Uint8Array(1 << precision);
    this.shift = 32 - precision;
  }

  add(hi: number, lo: number): void {
    const index = hi >>> this.shift;
    const rank = Math.clz32(lo) + 1;
    if (rank > (this.registers[index] ?? 0)) this.registers[index] = rank;
  }

  merge(other: HyperLogLog): void {
    for (let i = 0; i < this.registers.length; i++) {
      const theirs = other.registers[i] ?? 0;
      if (theirs > (this.registers[i] ?? 0)) this.registers[i] = theirs;
    }
  }

  /**
   * Ertl's improved estimator ("New cardinality estimation algorithms for HyperLogLog sketches",
   * 2017, algorithm 6): unbiased from a handful of people to billions, with no switch between
   * linear counting and the raw estimate (whose bias near 2.5 to 5 times the registers was 1%).
   * A rank sees the fingerprint's low word, never 0: 31 bits after the first, so rank 32 means
   * "all zero".
   */
  estimate(): number {
    const m = this.registers.length;
    const counts = new Uint32Array(RANK_BITS + 2);
    for (let i = 0; i < m; i++) {
      const register = this.registers[i] ?? 0;
      counts[register] = (counts[register] ?? 0) + 1;
    }
    let z = m * tau(1 - (counts[RANK_BITS + 1] ?? 0) / m);
    for (let rank = RANK_BITS; rank >= 1; rank--) z = (z + (counts[rank] ?? 0)) * 0.5;
    z += m * sigma((counts[0] ?? 0) / m);
    return Math.round((m * m) / (2 * Math.LN2 * z));
  }

  static relativeStandardError(precision: number): number {
    return 1.04 / Math.sqrt(1 << precision);
  }
}

// ---------------------------------------------------------------------------------------------
// Tallies

/** People per bit, per place: what a ledger reports. */
export interface Tally {
  subjects: number;
  bits: number[];
  /** Per place id: people and people per bit. */
  places: Map<number, { subjects: number; bits: number[] }>;
  exact: boolean;
}

const newBits = (): number[] => new Array<number>(MASK_BITS).fill(0);

function addMask(bits: number[], mask: number, times = 1): void {
  for (let bit = 0; bit < MASK_BITS; bit++) if (mask & (1 << bit)) bits[bit] = (bits[bit] ?? 0) + times;
}

/** People sharing the same places and the same mask, counted together. */
export interface PeopleGroup {
  readonly places: readonly number[];
  readonly mask: number;
  readonly people: number;
}

/** The per-jurisdiction view of a tally: a person counts once per jurisdiction however many places name it. */
export function tallyByJurisdiction(
  groups: Iterable<PeopleGroup>,
  jurisdictionsOf: (place: number) => readonly string[],
): Map<string, { subjects: number; bits: number[] }> {
  const out = new Map<string, { subjects: number; bits: number[] }>();
  for (const { places, mask, people } of groups) {
    const seen = new Set<string>();
    for (const place of places) for (const jurisdiction of jurisdictionsOf(place)) seen.add(jurisdiction);
    for (const jurisdiction of seen) {
      let entry = out.get(jurisdiction);
      if (!entry) {
        entry = { subjects: 0, bits: newBits() };
        out.set(jurisdiction, entry);
      }
      entry.subjects += people;
      addMask(entry.bits, mask, people);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Keyed people: the fingerprint table, then sketches

/** A table's people as flat arrays (to pass between threads). */
export interface PeopleEntries {
  readonly hi: Uint32Array;
  readonly lo: Uint32Array;
  readonly masks: Uint32Array;
  readonly places: Uint16Array;
  /** Entries naming several places: [entry index, place ids]. */
  readonly many: Array<[number, number[]]>;
  /** Fingerprints known to be one person's (see PeopleTable.link): hi, lo, hi, lo, owned (1 or 0) for each pair. */
  readonly links: number[];
}

// A slot is four consecutive 32-bit words (one cache line holds four slots), so that looking up
// a person touches one line of memory, not one per array: fingerprint high and low words, the
// mask of categories and flags, the place id.
const SLOT = 4;
const HI = 0;
const LO = 1;
const MASK = 2;
const PLACE = 3;

export class PeopleTable {
  private capacity: number;
  private slots: Uint32Array;
  private readonly manyPlaces = new Map<string, Set<number>>();
  /** Pairs of fingerprints that are one person's, as "hi:lo hi:lo", each with whether it is a row's owner (see link). */
  private readonly links = new Map<string, boolean>();
  size = 0;
  /** Set once the table was folded into sketches. */
  private sketches: Sketches | undefined;

  constructor(private readonly exactLimit: number, initialCapacity = 1 << 12) {
    this.capacity = initialCapacity;
    this.slots = new Uint32Array(initialCapacity * SLOT);
  }

  get exact(): boolean {
    return this.sketches === undefined;
  }

  /** Bytes held by the table (for the benchmark's memory account). */
  get bytes(): number {
    return this.sketches ? this.sketches.bytes : this.capacity * SLOT * 4;
  }

  /** The word offset of the person's slot, or of the empty slot where they would go. */
  private slotOf(hi: number, lo: number): number {
    const slots = this.slots;
    const mask = this.capacity - 1;
    let slot = lo & mask;
    for (;;) {
      const at = slot * SLOT;
      const storedLo = slots[at + LO] as number;
      if (storedLo === lo ? slots[at + HI] === hi : storedLo === 0 && slots[at + HI] === 0) return at;
      slot = (slot + 1) & mask;
    }
  }

  /** Adds what one record says about a person. */
  record(hi: number, lo: number, mask: number, place: number): void {
    if (this.sketches) {
      this.sketches.add(hi, lo, mask, place);
      return;
    }
    let at = this.slotOf(hi, lo);
    const slots = this.slots;
    if (slots[at + LO] === 0 && slots[at + HI] === 0) {
      if (this.size >= this.exactLimit) {
        this.fold().add(hi, lo, mask, place);
        return;
      }
      if ((this.size + 1) * 4 > this.capacity * 3) {
        this.grow();
        at = this.slotOf(hi, lo);
      }
      this.slots[at + HI] = hi;
      this.slots[at + LO] = lo;
      this.size++;
    }
    this.slots[at + MASK] = (this.slots[at + MASK] as number) | mask;
    if (place !== EMPTY_PLACE) this.notePlace(at, hi, lo, place);
  }

  private notePlace(at: number, hi: number, lo: number, place: number): void {
    const current = this.slots[at + PLACE] as number;
    if (current === place) return;
    if (current === EMPTY_PLACE) {
      this.slots[at + PLACE] = place;
      return;
    }
    const key = `${hi}:${lo}`;
    if (current !== MANY_PLACES) {
      this.manyPlaces.set(key, new Set([current, place]));
      this.slots[at + PLACE] = MANY_PLACES;
    } else {
      this.manyPlaces.get(key)?.add(place);
    }
  }

  /** Adds a category bit to a person already recorded (a probation confirmed later). */
  addBit(hi: number, lo: number, mask: number, place: number): void {
    this.record(hi, lo, mask, place);
  }

  /**
   * Says that two fingerprints are one person's (a request's email and the session it was sent
   * in): they are counted once, with both one's categories and places. Exact mode only; a
   * fingerprint never recorded counts no one, but joins the people linked to it (see linkedRoots).
   * `owner`: the other is the one person the first belongs to (a dump's order row and its
   * customer_id), however many rows are theirs.
   */
  link(hi: number, lo: number, otherHi: number, otherLo: number, owner = false): void {
    if (this.sketches || (hi === otherHi && lo === otherLo) || this.links.size >= this.exactLimit) return;
    const pair = `${hi}:${lo} ${otherHi}:${otherLo}`;
    if (owner || !this.links.has(pair)) this.links.set(pair, owner);
  }

  /**
   * The slot offsets of linked people, each mapped to its group's name (see link). Groups are
   * joined through fingerprints never recorded too: two numbers linked to one customer reference.
   */
  private linkedRoots(): Map<number, string> {
    const parent = new Map<string, string>();
    const find = (node: string): string => {
      let root = node;
      for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
      for (let next = node; next !== root; ) {
        const up = parent.get(next) as string;
        parent.set(next, root);
        next = up;
      }
      return root;
    };
    // A name linked to many others is a shared one, not a person's: a support agent's session that
    // looked up customers by their emails, an office's shared login. Its links are left out; a
    // row's owner is not shared by the rows they own (a customer's orders).
    const degree = new Map<string, number>();
    for (const [pair, owner] of this.links) if (!owner) for (const node of pair.split(' ')) degree.set(node, (degree.get(node) ?? 0) + 1);
    for (const [pair, owner] of this.links) {
      const [a = '', b = ''] = pair.split(' ');
      if (!owner && ((degree.get(a) ?? 0) > SHARED_NAME_LINKS || (degree.get(b) ?? 0) > SHARED_NAME_LINKS)) continue;
      if (!parent.has(a)) parent.set(a, a);
      if (!parent.has(b)) parent.set(b, b);
      const rootA = find(a);
      const rootB = find(b);
      if (rootA !== rootB) parent.set(rootB, rootA);
    }
    const roots = new Map<number, string>();
    for (const node of parent.keys()) {
      const [hi = 0, lo = 0] = node.split(':').map(Number);
      const at = this.slotOf(hi, lo);
      if (this.occupied(at)) roots.set(at, find(node));
    }
    return roots;
  }

  private occupied(at: number): boolean {
    return this.slots[at + LO] !== 0 || this.slots[at + HI] !== 0;
  }

  has(hi: number, lo: number, mask: number): boolean {
    if (this.sketches) return false;
    const at = this.slotOf(hi, lo);
    return ((this.slots[at + MASK] as number) & mask) === mask && (this.slots[at + LO] !== 0 || this.slots[at + HI] !== 0);
  }

  placesOf(hi: number, lo: number): number[] {
    return this.sketches ? [] : this.placesAt(this.slotOf(hi, lo), hi, lo);
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Uint32Array(this.capacity * SLOT);
    for (let at = 0; at < old.length; at += SLOT) {
      const l = old[at + LO] as number;
      const h = old[at + HI] as number;
      if (l === 0 && h === 0) continue;
      const to = this.slotOf(h, l);
      this.slots[to + HI] = h;
      this.slots[to + LO] = l;
      this.slots[to + MASK] = old[at + MASK] as number;
      this.slots[to + PLACE] = old[at + PLACE] as number;
    }
  }

  /** Calls `visit` with each person's fingerprint, mask and place id (MANY_PLACES: see manyPlaces). */
  private forEachPerson(visit: (hi: number, lo: number, mask: number, place: number, at: number) => void): void {
    const slots = this.slots;
    for (let at = 0; at < slots.length; at += SLOT) {
      const l = slots[at + LO] as number;
      const h = slots[at + HI] as number;
      if (l === 0 && h === 0) continue;
      visit(h, l, slots[at + MASK] as number, slots[at + PLACE] as number, at);
    }
  }

  /** The places of the person at a slot, as ids. */
  private placesAt(at: number, hi: number, lo: number): number[] {
    const place = this.slots[at + PLACE] as number;
    if (place === MANY_PLACES) return [...(this.manyPlaces.get(`${hi}:${lo}`) ?? [])];
    return place === EMPTY_PLACE ? [] : [place];
  }

  /** Replaces the table by sketches of everything in it. */
  private fold(): Sketches {
    const sketches = new Sketches();
    this.forEachPerson((h, l, mask, place) => {
      if (place === MANY_PLACES) for (const one of this.manyPlaces.get(`${h}:${l}`) ?? []) sketches.add(h, l, mask, one);
      else sketches.add(h, l, mask, place);
    });
    this.sketches = sketches;
    this.capacity = 0;
    this.slots = new Uint32Array(0);
    this.manyPlaces.clear();
    this.links.clear();
    return sketches;
  }

  /** The table's contents for another thread to merge (exact mode only; the arrays are copied). */
  exportEntries(): PeopleEntries | undefined {
    if (this.sketches) return undefined;
    const count = this.size;
    const hi = new Uint32Array(count);
    const lo = new Uint32Array(count);
    const masks = new Uint32Array(count);
    const places = new Uint16Array(count);
    const many: Array<[number, number[]]> = [];
    let n = 0;
    this.forEachPerson((h, l, mask, place) => {
      hi[n] = h;
      lo[n] = l;
      masks[n] = mask;
      places[n] = place;
      if (place === MANY_PLACES) many.push([n, [...(this.manyPlaces.get(`${h}:${l}`) ?? [])]]);
      n++;
    });
    const links: number[] = [];
    for (const [pair, owner] of this.links) {
      for (const part of pair.split(' ')) links.push(...part.split(':').map(Number));
      links.push(owner ? 1 : 0);
    }
    return { hi, lo, masks, places, many, links };
  }

  /** Merges entries exported by another table, mapping their place ids with `placeOf`. */
  importEntries(entries: PeopleEntries, placeOf: (place: number) => number): void {
    const manyOf = new Map(entries.many);
    for (let i = 0; i < entries.hi.length; i++) {
      const hi = entries.hi[i] ?? 0;
      const lo = entries.lo[i] ?? 0;
      const mask = entries.masks[i] ?? 0;
      const place = entries.places[i] ?? EMPTY_PLACE;
      if (place === MANY_PLACES) for (const one of manyOf.get(i) ?? []) this.record(hi, lo, mask, placeOf(one));
      else this.record(hi, lo, mask, place === EMPTY_PLACE ? EMPTY_PLACE : placeOf(place));
    }
    const links = entries.links;
    for (let i = 0; i + 4 < links.length; i += 5) this.link(links[i] ?? 0, links[i + 1] ?? 0, links[i + 2] ?? 0, links[i + 3] ?? 0, links[i + 4] === 1);
  }

  /** Every person's mask and places (exact mode only). */
  /**
   * Everyone in the table as groups of people with the same mask and place (one pass, no object
   * per person): a person naming several places is a group of one (exact mode only).
   */
  groups(): PeopleGroup[] {
    const counts = new Map<number, number>(); // place × 2^MASK_BITS + mask → people
    const groups: PeopleGroup[] = [];
    const roots = this.links.size > 0 ? this.linkedRoots() : undefined;
    /** Linked people, by their group's name: one person with all their categories and places. */
    const linked = new Map<string, { mask: number; places: Set<number> }>();
    this.forEachPerson((h, l, mask, place, at) => {
      const root = roots?.get(at);
      if (root !== undefined) {
        let person = linked.get(root);
        if (!person) linked.set(root, (person = { mask: 0, places: new Set() }));
        person.mask |= mask;
        for (const one of this.placesAt(at, h, l)) person.places.add(one);
        return;
      }
      if (place === MANY_PLACES) {
        groups.push({ places: [...(this.manyPlaces.get(`${h}:${l}`) ?? [])], mask, people: 1 });
        return;
      }
      const key = place * 2 ** MASK_BITS + mask;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    });
    for (const [key, people] of counts) {
      const place = Math.floor(key / 2 ** MASK_BITS);
      groups.push({ places: place === EMPTY_PLACE ? [] : [place], mask: key % 2 ** MASK_BITS, people });
    }
    for (const { mask, places } of linked.values()) groups.push({ places: [...places], mask, people: 1 });
    return groups;
  }

  tally(groups: readonly PeopleGroup[] = this.groups()): Tally {
    if (this.sketches) return this.sketches.tally();
    const bits = newBits();
    const places = new Map<number, { subjects: number; bits: number[] }>();
    for (const group of groups) {
      addMask(bits, group.mask, group.people);
      for (const place of group.places) {
        let entry = places.get(place);
        if (!entry) {
          entry = { subjects: 0, bits: newBits() };
          places.set(place, entry);
        }
        entry.subjects += group.people;
        addMask(entry.bits, group.mask, group.people);
      }
    }
    let subjects = 0;
    for (const group of groups) subjects += group.people;
    return { subjects, bits, places, exact: true };
  }

  /** Sketches per jurisdiction (estimate mode), merged over the places naming it. */
  jurisdictionEstimates(jurisdictionsOf: (place: number) => readonly string[]): Map<string, { subjects: number; bits: number[] }> | undefined {
    return this.sketches?.byJurisdiction(jurisdictionsOf);
  }
}

const GLOBAL_PRECISION = 16;
const PLACE_PRECISION = 12;

class Sketches {
  private readonly total = new HyperLogLog(GLOBAL_PRECISION);
  private readonly bits = Array.from({ length: MASK_BITS }, () => new HyperLogLog(GLOBAL_PRECISION));
  private readonly places = new Map<number, { total: HyperLogLog; bits: Array<HyperLogLog | undefined> }>();

  get bytes(): number {
    return (1 + MASK_BITS) * (1 << GLOBAL_PRECISION) + this.places.size * (1 + MASK_BITS) * (1 << PLACE_PRECISION);
  }

  add(hi: number, lo: number, mask: number, place: number): void {
    this.total.add(hi, lo);
    for (let bit = 0; bit < MASK_BITS; bit++) if (mask & (1 << bit)) this.bits[bit]?.add(hi, lo);
    if (place === EMPTY_PLACE) return;
    let sketch = this.places.get(place);
    if (!sketch) {
      sketch = { total: new HyperLogLog(PLACE_PRECISION), bits: [] };
      this.places.set(place, sketch);
    }
    sketch.total.add(hi, lo);
    for (let bit = 0; bit < MASK_BITS; bit++) {
      if (!(mask & (1 << bit))) continue;
      let one = sketch.bits[bit];
      if (!one) {
        one = new HyperLogLog(PLACE_PRECISION);
        sketch.bits[bit] = one;
      }
      one.add(hi, lo);
    }
  }

  tally(): Tally {
    const places = new Map<number, { subjects: number; bits: number[] }>();
    for (const [place, sketch] of this.places) {
      places.set(place, { subjects: sketch.total.estimate(), bits: Array.from({ length: MASK_BITS }, (_, bit) => sketch.bits[bit]?.estimate() ?? 0) });
    }
    return { subjects: this.total.estimate(), bits: this.bits.map((sketch) => sketch.estimate()), places, exact: false };
  }

  byJurisdiction(jurisdictionsOf: (place: number) => readonly string[]): Map<string, { subjects: number; bits: number[] }> {
    const merged = new Map<string, { total: HyperLogLog; bits: HyperLogLog[] }>();
    for (const [place, sketch] of this.places) {
      for (const jurisdiction of jurisdictionsOf(place)) {
        let entry = merged.get(jurisdiction);
        if (!entry) {
          entry = { total: new HyperLogLog(PLACE_PRECISION), bits: Array.from({ length: MASK_BITS }, () => new HyperLogLog(PLACE_PRECISION)) };
          merged.set(jurisdiction, entry);
        }
        entry.total.merge(sketch.total);
        sketch.bits.forEach((one, bit) => one && entry.bits[bit]?.merge(one));
      }
    }
    return new Map([...merged].map(([jurisdiction, entry]) => [jurisdiction, { subjects: entry.total.estimate(), bits: entry.bits.map((one) => one.estimate()) }]));
  }
}

export const ESTIMATE_RELATIVE_STANDARD_ERROR = HyperLogLog.relativeStandardError(GLOBAL_PRECISION);
export const PLACE_ESTIMATE_RELATIVE_STANDARD_ERROR = HyperLogLog.relativeStandardError(PLACE_PRECISION);
