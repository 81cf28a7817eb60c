// Benchmark: SpreadsheetApp calls and local CPU time of saves and rebuilds, on the built bundle.
// Run: npm run bench            (1, 100 and 1,000 visits)
//      npm run bench -- --ci    (1 and 100 visits; exits 1 when a budget is broken)
import fc from "fast-check";
import { isSpreadsheetCall } from "../test/support/apps-script";
import { loadBundle } from "../test/support/bundle";
import { completeVisit, draftVisit, validRecord } from "../test/support/records";

const ci = process.argv.includes("--ci");
const sizes = ci ? [1, 100] : [1, 100, 1000];
const SAVE_BUDGET = 15;
const rebuildBudget = (visits: number) => 2 * visits + 20;

type Bundle = ReturnType<typeof loadBundle>;
interface Row {
  operation: string;
  spreadsheetCalls: number;
  otherCalls: number;
  cpuMs: number;
  budget: number | null;
  top: string;
}
const rows: Row[] = [];
let broken = false;

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
  const byMethod = Object.entries(bundle.fake.calls.byMethod()).filter(([m]) => isSpreadsheetCall(m));
  const top = byMethod
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([m, n]) => `${m}×${n}`)
    .join(", ");
  rows.push({ operation, spreadsheetCalls, otherCalls, cpuMs: Math.round(ms), budget, top });
  if (budget !== null && spreadsheetCalls > budget) broken = true;
}

function save(bundle: Bundle, record: unknown): string {
  const result = bundle.call<{ ok: boolean; id: string; errors?: unknown }>("saveVisit", record);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.id;
}

// Saves of one visit into a spreadsheet that already holds some.
{
  const bundle = loadBundle();
  save(bundle, draftVisit({ school: { code: "000001" } }));
  measure(bundle, "save: empty draft (new CETPRO)", SAVE_BUDGET, () => save(bundle, draftVisit()));
  let id = "";
  measure(bundle, "save: full visit (new)", SAVE_BUDGET, () => (id = save(bundle, completeVisit())));
  measure(bundle, "save: update of that visit", SAVE_BUDGET, () => save(bundle, { ...completeVisit({ observations: "corregido" }), id }));
  measure(bundle, "save: update that renames its sheet", SAVE_BUDGET, () => save(bundle, { ...completeVisit({ visitDate: "2024-10-07" }), id }));
}

// Rebuilds from n visit sheets.
for (const n of sizes) {
  const bundle = loadBundle();
  const records = fc.sample(validRecord, { numRuns: n, seed: n });
  const setup = cpuMs(() => records.forEach((record) => save(bundle, record)));
  measure(bundle, `save: one more visit (spreadsheet holding ${n})`, SAVE_BUDGET, () => save(bundle, completeVisit()));
  measure(bundle, `rebuildConsolidated: ${n + 1} visits`, rebuildBudget(n + 1), () => bundle.call("rebuildConsolidated"));
  measure(bundle, `listVisits: ${n + 1} visits`, null, () => bundle.call("listVisits"));
  const cells = bundle.fake.spreadsheet
    .sheetNames()
    .map((name) => bundle.fake.spreadsheet.sheet(name))
    .reduce((sum, sheet) => sum + sheet.maxRows * sheet.maxCols, 0);
  console.log(`(${n + 1} visits: ${Math.round(setup)} ms CPU to save them one by one; ${cells.toLocaleString("en")} cells in the spreadsheet)`);
}

console.log("");
console.log("| operation | SpreadsheetApp calls | budget | other calls | CPU ms (local) | most frequent |");
console.log("|---|---:|---:|---:|---:|---|");
for (const r of rows) {
  const flag = r.budget !== null && r.spreadsheetCalls > r.budget ? " ❌" : "";
  console.log(`| ${r.operation} | ${r.spreadsheetCalls}${flag} | ${r.budget ?? "—"} | ${r.otherCalls} | ${r.cpuMs} | ${r.top} |`);
}
if (broken) {
  console.error("\nA budget is broken (see ❌).");
  process.exit(1);
}
console.log("\nEvery budget holds.");
