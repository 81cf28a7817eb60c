// Visit ids: assigned on first save, short, unique, and never reused.

/** "v-" + time in base 36 + 4 random characters, retried until it is not in `taken`. */
export function newVisitId(taken: ReadonlySet<string>, now: number = Date.now(), random: () => number = Math.random): string {
  for (;;) {
    const suffix = Math.floor(random() * 36 ** 4).toString(36).padStart(4, "0");
    const id = `v-${now.toString(36)}-${suffix}`;
    if (!taken.has(id)) return id;
  }
}
