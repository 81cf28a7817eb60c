// Several specialists saving, correcting and rebuilding at once: nothing lost, nothing counted twice.
import { describe, expect, it } from "vitest";
import { loadBundle, makeDeterministic, type LoadedBundle } from "./support/bundle";
import { completeVisit, draftVisit, ratingsAll } from "./support/records";

type SaveResult = { ok: boolean; id?: string; errors?: { message: string }[] };
type Op = { kind: "new" | "update" | "rebuild"; who: string; key: string };

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 4294967296);
}

/**
 * Runs every operation as its own execution. At each service call of a running execution, another
 * pending one may start right there (as a second user would, between two calls of the first); if the
 * first holds the document lock, the second's wait times out and it is tried again later.
 */
function simulate(seed: number, options: { lock: boolean; api?: boolean; specialists?: number; visitsEach?: number; interleave?: number }) {
  const random = rng(seed);
  const bundle: LoadedBundle = loadBundle({ advancedSheets: options.api ?? false });
  makeDeterministic(bundle, seed);
  bundle.call("showSidebar");
  bundle.fake.locks.disable(!options.lock);
  const specialists = Array.from({ length: options.specialists ?? 4 }, (_, i) => `Especialista ${i + 1}`);
  const queue: Op[] = [];
  for (const who of specialists) {
    for (let k = 0; k < (options.visitsEach ?? 5); k++) {
      queue.push({ kind: "new", who, key: `${who}/${k}` });
      if (k % 2 === 0) queue.push({ kind: "update", who, key: `${who}/${k}` });
    }
    queue.push({ kind: "rebuild", who, key: "" });
  }
  const ids = new Map<string, string>();
  const problems: string[] = [];
  const expected = new Map<string, string>();
  let timeouts = 0;
  let executions = 0;
  let saves = 0;
  let depth = 0;

  const record = (op: Op, version: string) => {
    const [who, k] = op.key.split("/");
    const code = String(100000 + Number(k) * 7 + who.length).padStart(6, "0");
    const school = { code, name: `CETPRO ${code}`, ugel: "02", rei: "REI 1", director: "", website: "" };
    const base = Number(k) % 3 === 0 ? draftVisit({ school }) : completeVisit({ school, ratings: ratingsAll((Number(k) % 4) as 0 | 1 | 2 | 3) });
    return { ...base, specialist: who, observations: `${op.key} ${version}` };
  };

  const perform = (op: Op): boolean => {
    const id = `exec-${++executions}`;
    return bundle.fake.executions.run(id, () => {
      if (op.kind === "rebuild") {
        try {
          bundle.call("rebuildConsolidated");
          return true;
        } catch (error) {
          if (/Otra persona está guardando/.test((error as Error).message)) return false;
          throw error;
        }
      }
      if (op.kind === "update" && !ids.has(op.key)) return false; // its visit is not saved yet
      const version = op.kind === "new" ? "v1" : "v2";
      const input = op.kind === "new" ? record(op, version) : { ...record(op, version), id: ids.get(op.key), visitDate: "2024-10-20" };
      const result = bundle.call<SaveResult>("saveVisit", input);
      if (!result.ok) {
        if (/Otra persona está guardando/.test(result.errors?.[0].message ?? "")) return false;
        problems.push(`${op.key} could not be saved: ${result.errors?.[0].message}`);
        return true;
      }
      ids.set(op.key, result.id!);
      expected.set(op.key, `${op.key} ${version}`);
      saves += 1;
      return true;
    });
  };

  const runNext = (): void => {
    const i = Math.floor(random() * queue.length);
    const [op] = queue.splice(i, 1);
    if (!perform(op)) {
      if (op.kind !== "update" || ids.has(op.key)) timeouts += 1;
      queue.push(op);
    }
  };

  bundle.fake.executions.onCall(() => {
    if (depth >= 2 || queue.length === 0 || random() > (options.interleave ?? 0.08)) return;
    depth += 1;
    try {
      runNext();
    } finally {
      depth -= 1;
    }
  });
  let guard = 0;
  while (queue.length > 0 && guard++ < 10_000) runNext();
  bundle.fake.executions.onCall(null);

  // What a coordinator must be able to trust afterwards.
  const rows = bundle.fake.spreadsheet.values("Consolidado").slice(1).filter((r) => r[0] !== "");
  const rowIds = rows.map((r) => String(r[0]));
  if (new Set(rowIds).size !== rowIds.length) problems.push("a visit is counted twice in Consolidado");
  for (const [key, id] of ids) {
    if (!rowIds.includes(id)) problems.push(`${key} is missing from Consolidado`);
    const visit = bundle.call<{ observations: string } | null>("getVisit", id);
    if (visit?.observations !== expected.get(key)) problems.push(`${key} reads back «${visit?.observations}», not «${expected.get(key)}»`);
  }
  if (rowIds.length !== ids.size) problems.push(`Consolidado has ${rowIds.length} visits for ${ids.size} saved`);
  const visitSheets = bundle.fake.spreadsheet.sheetNames().filter((n) => /^\d{6} /.test(n));
  if (visitSheets.length !== ids.size) problems.push(`${visitSheets.length} visit sheets for ${ids.size} visits`);
  // Historial: one row per successful save, none for a save the lock turned away.
  const log = bundle.fake.spreadsheet.values("Historial").slice(1).filter((r) => r[0] !== "");
  if (log.length !== saves) problems.push(`Historial has ${log.length} rows for ${saves} saves`);
  const derived = () => ["Consolidado", "Resumen", "Evolución"].map((name) => bundle.fake.spreadsheet.values(name));
  const incremental = derived();
  bundle.call("rebuildConsolidated");
  if (JSON.stringify(incremental) !== JSON.stringify(derived())) problems.push("a rebuild changes Consolidado, Resumen or Evolución");
  return { problems, timeouts, saved: ids.size, executions, lockHolderAtEnd: bundle.fake.locks.documentLockHolder() };
}

describe("concurrent specialists", () => {
  it.each([1, 2, 3, 4, 5])("seed %i: every visit counted once, with its last saved version", (seed) => {
    const report = simulate(seed, { lock: true });
    expect(report.problems).toEqual([]);
    expect(report.saved).toBe(20);
    expect(report.timeouts).toBeGreaterThan(0); // the interleaving really contended for the lock
    expect(report.lockHolderAtEnd).toBeUndefined();
  });

  it.each([1, 2, 3])("seed %i, with the advanced Sheets service: the same guarantees", (seed) => {
    const report = simulate(seed, { lock: true, api: true });
    expect(report.problems).toEqual([]);
    expect(report.saved).toBe(20);
    expect(report.timeouts).toBeGreaterThan(0);
  });

  it("without the document lock the same interleavings lose or duplicate visits (the check can fail)", () => {
    const failures = [1, 2, 3, 4, 5].map((seed) => simulate(seed, { lock: false }).problems.length);
    expect(failures.some((n) => n > 0)).toBe(true);
  });
});

describe("the lock", () => {
  it("is held during a save and released after it, also when the save fails", () => {
    const bundle = loadBundle();
    bundle.call("showSidebar");
    const holders: (string | undefined)[] = [];
    bundle.fake.executions.onCall((method) => {
      if (method === "Range.setValues") holders.push(bundle.fake.locks.documentLockHolder());
    });
    bundle.fake.executions.run("A", () => bundle.call("saveVisit", completeVisit()));
    expect(holders.length).toBeGreaterThan(0);
    expect(new Set(holders)).toEqual(new Set(["A"]));
    expect(bundle.fake.locks.documentLockHolder()).toBeUndefined();
    bundle.fake.faults.failOn("Range.setValues", 2);
    bundle.fake.executions.run("B", () => bundle.call("saveVisit", completeVisit()));
    expect(bundle.fake.locks.documentLockHolder()).toBeUndefined();
  });
});
