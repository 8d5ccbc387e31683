// Counts what happened per key (an address, a connection) within a time window, in this process's memory.
// A key's count starts when its first event lands and is forgotten when its window ends. The number of keys
// is capped, so a flood of made-up addresses cannot grow memory without bound: the oldest go first.

type Slot = { count: number; endsAt: number }

export class WindowCounter {
  private readonly slots = new Map<string, Slot>()

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 50_000,
  ) {}

  count(key: string): number {
    return this.live(key)?.count ?? 0
  }

  add(key: string, amount = 1): number {
    const slot = this.live(key) ?? this.open(key)
    slot.count += amount
    return slot.count
  }

  /** Takes back events counted too early (a sign-in counted as failed before the password was checked). */
  remove(key: string, amount = 1): void {
    const slot = this.live(key)
    if (slot) slot.count = Math.max(0, slot.count - amount)
  }

  clear(key: string): void {
    this.slots.delete(key)
  }

  /** Forgets every key that matches: rare (an admin unlocking an account), so a walk over them all is fine. */
  clearWhere(matches: (key: string) => boolean): void {
    for (const key of this.slots.keys()) if (matches(key)) this.slots.delete(key)
  }

  /** Whole minutes until this key's window ends (at least one). */
  minutesLeft(key: string): number {
    const slot = this.live(key)
    return Math.max(1, Math.ceil(((slot?.endsAt ?? this.now()) - this.now()) / 60_000))
  }

  private live(key: string): Slot | undefined {
    const slot = this.slots.get(key)
    if (slot && slot.endsAt <= this.now()) {
      this.slots.delete(key)
      return undefined
    }
    return slot
  }

  private open(key: string): Slot {
    if (this.slots.size >= this.maxKeys) this.forgetOldest()
    const slot = { count: 0, endsAt: this.now() + this.windowMs }
    this.slots.set(key, slot)
    return slot
  }

  private forgetOldest(): void {
    const now = this.now()
    for (const [key, slot] of this.slots) if (slot.endsAt <= now) this.slots.delete(key)
    while (this.slots.size >= this.maxKeys) this.slots.delete(this.slots.keys().next().value!)
  }
}
