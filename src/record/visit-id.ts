// Visit ids: assigned on first save, unique, never reused, and increasing in the order of first save.

const ID = /^v-([0-9a-z]+)-[0-9a-z]+$/;

/** The time part of an id made by newVisitId (ms since 1970), or 0 for any other id. */
export function idTime(id: string): number {
  const m = ID.exec(id);
  return m ? parseInt(m[1], 36) : 0;
}

/**
 * "v-" + a time in base 36 + 4 random characters. The time is now, or one ms after the newest id
 * already taken, so that ids sort in the order visits were first saved (saves run one at a time
 * under the document lock): a rebuild can then list them in the same order as the saves did.
 */
export function newVisitId(taken: ReadonlySet<string>, now: number = Date.now(), random: () => number = Math.random): string {
  let time = now;
  for (const id of taken) time = Math.max(time, idTime(id) + 1);
  for (;;) {
    const suffix = Math.floor(random() * 36 ** 4).toString(36).padStart(4, "0");
    const id = `v-${time.toString(36)}-${suffix}`;
    if (!taken.has(id)) return id;
  }
}

/** Order of first save: by the id's time, then by the id itself. */
export function compareVisitIds(a: string, b: string): number {
  return idTime(a) - idTime(b) || (a < b ? -1 : a > b ? 1 : 0);
}
