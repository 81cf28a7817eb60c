// Benchmark: SpreadsheetApp calls, modelled Apps Script time and local CPU time of saves and rebuilds,
// on the built bundle; and the pure core consolidating 10,000 records.
// Run: npm run bench            (1, 100 and 1,000 visits)
//      npm run bench -- --ci    (1 and 100 visits, 2,000 records; exits 1 when a budget is broken)
import fc from "fast-check";
import { CAP_ETP_2024 } from "../src/form";
import { validateVisit, type VisitRecord } from "../src/record";
import { consolidadoColumns, consolidadoRow, resumenData, resumenValues, summaryOf } from "../src/layout";
import { isSpreadsheetCall } from "../test/support/apps-script";
import { API_SAVE_CALLS, SAVE_CALLS, apiRebuildCalls, rebuildCalls } from "../test/support/budgets";
import { loadBundle } from "../test/support/bundle";
import { completeVisit, draftVisit, validRecord } from "../test/support/records";

const ci = process.argv.includes("--ci");
const sizes = ci ? [1, 100] : [1, 100, 1000];
const coreRecords = ci ? 2_000 : 10_000;
const SAVE_BUDGET = SAVE_CALLS;
const rebuildBudget = rebuildCalls;
const CORE_BUDGET_MS = 100;

/**
 * The model of Apps Script time, from call counts (see README, "Rendimiento"):
 * - every SpreadsheetApp call costs CALL_S; Google's best-practices page writes a 100×100 grid cell by
 *   cell (10,000 calls) in about 70 s, 7 ms a call; we take 50 ms to stay on the safe side;
 * - a read after a write, and SpreadsheetApp.flush(), first commit the pending writes: FLUSH_S, from the
 *   published measurement of about 0.3 s per alternating getValue/setValue pair.
 */
const CALL_S = 0.05;
const FLUSH_S = 0.3;
/** An assumption, not a measurement: one Values.batchGet of up to 100 fichas (~61,000 cells) takes 1 s. */
const BATCH_GET_S = 1.0;
const READS = /\.(getValues|getValue|getSheetValues|getDisplayValues|getFormulas)$/;
const WRITES = /\.(set\w*|insert\w*|delete\w*|merge|protect|createFilter|clear\w*|copyTo|appendRow)$/;
const APPS_SCRIPT_LIMIT_S = 360;

function modelSeconds(sequence: string[]): number {
  let seconds = 0;
  let pending = false;
  for (const method of sequence) {
    if (!isSpreadsheetCall(method)) continue;
    seconds += method === "Sheets.Spreadsheets.Values.batchGet" ? BATCH_GET_S : CALL_S;
    if (method === "SpreadsheetApp.flush" || (READS.test(method) && pending)) {
      seconds += FLUSH_S;
      pending = false;
    } else if (WRITES.test(method)) pending = true;
  }
  return seconds;
}

type Bundle = ReturnType<typeof loadBundle>;
interface Row {
  operation: string;
  spreadsheetCalls: number;
  otherCalls: number;
  modelS: number;
  cpuMs: number;
  budget: number | null;
  top: string;
}
const rows: Row[] = [];
const broken: string[] = [];

function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function measure(bundle: Bundle, operation: string, budget: number | null, work: () => void): void {
  bundle.fake.calls.reset();
  const ms = cpuMs(work);
  const spreadsheetCalls = bundle.fake.calls.total(isSpreadsheetCall);
  const otherCalls = bundle.fake.calls.total((m) => !isSpreadsheetCall(m));
  const top = Object.entries(bundle.fake.calls.byMethod())
    .filter(([m]) => isSpreadsheetCall(m))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([m, n]) => `${m}×${n}`)
    .join(", ");
  const modelS = modelSeconds(bundle.fake.calls.sequence());
  rows.push({ operation, spreadsheetCalls, otherCalls, modelS, cpuMs: Math.round(ms), budget, top });
  if (budget !== null && spreadsheetCalls > budget) broken.push(`${operation}: ${spreadsheetCalls} calls > ${budget}`);
  if (modelS > APPS_SCRIPT_LIMIT_S) broken.push(`${operation}: modelled ${modelS.toFixed(0)} s > 6 min`);
}

function save(bundle: Bundle, record: unknown): string {
  const result = bundle.call<{ ok: boolean; id: string; errors?: unknown }>("saveVisit", record);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.id;
}

// Measured first, before the large spreadsheets below fill the heap and the collector adds noise.
// The pure core: records → Consolidado rows, and records → Resumen (latest visit per CETPRO, levels, counts).
const records: VisitRecord[] = fc.sample(validRecord, { numRuns: coreRecords, seed: 11 }).map((r, i) => {
  const v = validateVisit({ ...r, id: `v-${i.toString(36)}-core` }, { today: "2026-11-25" });
  if (!v.ok) throw new Error("generated record is invalid");
  return v.record;
});
const best = (work: () => void) => Math.min(...Array.from({ length: 5 }, () => cpuMs(work)));
const consolidate = best(() => resumenValues(resumenData(CAP_ETP_2024, records.map((r) => summaryOf(r, "x")))));
const rowsMs = best(() => records.map((r) => consolidadoRow(CAP_ETP_2024, r, "x")));
if (consolidate > CORE_BUDGET_MS) broken.push(`pure core: ${consolidate.toFixed(0)} ms > ${CORE_BUDGET_MS} ms`);

// Saves of one visit into a spreadsheet that already holds some.
{
  const bundle = loadBundle();
  save(bundle, draftVisit({ school: { code: "000001" } }));
  measure(bundle, "save: empty draft (new CETPRO)", SAVE_BUDGET, () => save(bundle, draftVisit()));
  let id = "";
  measure(bundle, "save: full visit (new)", SAVE_BUDGET, () => (id = save(bundle, completeVisit())));
  measure(bundle, "save: update of that visit", SAVE_BUDGET, () => save(bundle, { ...completeVisit({ observations: "corregido" }), id }));
  measure(bundle, "save: update that renames its sheet", SAVE_BUDGET, () => save(bundle, { ...completeVisit({ visitDate: "2024-10-07" }), id }));
  const school = { code: "000999", name: "Otro CETPRO", ugel: "02", rei: "REI 9", director: "Otra", website: "" };
  measure(bundle, "save: update that moves it to another CETPRO", SAVE_BUDGET, () => save(bundle, { ...completeVisit({ school }), id }));
}

// The same saves with the advanced Sheets service enabled: Values.batchGet and Values.batchUpdate.
const API_SAVE_BUDGET = API_SAVE_CALLS;
{
  const bundle = loadBundle({ advancedSheets: true });
  save(bundle, draftVisit({ school: { code: "000001" } }));
  measure(bundle, "save with Sheets API: empty draft (new CETPRO)", API_SAVE_BUDGET, () => save(bundle, draftVisit()));
  let id = "";
  measure(bundle, "save with Sheets API: full visit (new)", API_SAVE_BUDGET, () => (id = save(bundle, completeVisit())));
  measure(bundle, "save with Sheets API: update", API_SAVE_BUDGET, () => save(bundle, { ...completeVisit({ observations: "corregido" }), id }));
  const school = { code: "000999", name: "Otro CETPRO", ugel: "02", rei: "REI 9", director: "Otra", website: "" };
  measure(bundle, "save with Sheets API: update to another CETPRO and date", API_SAVE_BUDGET, () =>
    save(bundle, { ...completeVisit({ school, visitDate: "2024-10-08" }), id }),
  );
}

// Rebuilds from n visit sheets.
const notes: string[] = [];
for (const n of sizes) {
  const bundle = loadBundle();
  const records = fc.sample(validRecord, { numRuns: n, seed: n });
  const setup = cpuMs(() => records.forEach((record) => save(bundle, record)));
  measure(bundle, `save: one more visit (spreadsheet holding ${n})`, SAVE_BUDGET, () => save(bundle, completeVisit()));
  measure(bundle, `rebuildConsolidated: ${n + 1} visits`, rebuildBudget(n + 1), () => bundle.call("rebuildConsolidated"));
  measure(bundle, `listVisits: ${n + 1} visits`, null, () => bundle.call("listVisits"));
  // The same rebuild with the advanced Sheets service enabled (Values.batchGet, 100 sheets a request).
  const withApi = loadBundle({ advancedSheets: true });
  records.forEach((record) => save(withApi, record));
  save(withApi, completeVisit());
  measure(withApi, `rebuildConsolidated with Sheets API: ${n + 1} visits`, apiRebuildCalls(n + 1), () => withApi.call("rebuildConsolidated"));
  const cells = bundle.fake.spreadsheet
    .sheetNames()
    .map((name) => bundle.fake.spreadsheet.sheet(name))
    .reduce((sum, sheet) => sum + sheet.maxRows * sheet.maxCols, 0);
  // Evolución is written whole by a save that changes it: its used cells are what such a save sends.
  const evolution = bundle.fake.spreadsheet.values("Evolución").filter((row) => row.some((cell) => cell !== ""));
  const evolutionCells = evolution.length * (evolution[0]?.length ?? 0);
  notes.push(
    `${n + 1} visits: ${Math.round(setup)} ms CPU to save them one by one; ${cells.toLocaleString("en")} cells in the spreadsheet; ` +
      `Evolución holds ${evolutionCells.toLocaleString("en")} cells`,
  );
}


console.log("| operation | SpreadsheetApp calls | budget | other calls | modelled Apps Script s | local CPU ms | most frequent |");
console.log("|---|---:|---:|---:|---:|---:|---|");
for (const r of rows) {
  const flag = r.budget !== null && r.spreadsheetCalls > r.budget ? " ❌" : "";
  console.log(`| ${r.operation} | ${r.spreadsheetCalls}${flag} | ${r.budget ?? "—"} | ${r.otherCalls} | ${r.modelS.toFixed(1)} | ${r.cpuMs} | ${r.top} |`);
}
console.log("");
for (const note of notes) console.log(`(${note})`);
console.log(`\nPure core, ${coreRecords.toLocaleString("en")} records (best of 5):`);
console.log(`  consolidate into Resumen (latest visit per CETPRO, levels, counts): ${consolidate.toFixed(1)} ms (budget ${CORE_BUDGET_MS} ms)`);
console.log(`  build their Consolidado rows (${consolidadoColumns(CAP_ETP_2024).headers.length} cells each): ${rowsMs.toFixed(1)} ms`);
console.log(`\nModel: ${CALL_S * 1000} ms per SpreadsheetApp call, plus ${FLUSH_S} s for each flush (a read after writes, or flush()); ${BATCH_GET_S} s per Sheets API batchGet (assumed).`);
if (broken.length) {
  console.error(`\nBudgets broken:\n- ${broken.join("\n- ")}`);
  process.exit(1);
}
console.log("Every budget holds.");
