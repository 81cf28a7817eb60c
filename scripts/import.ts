// npm run import -- fichas.json [--solo-validas] [--file libro.xlsx]: visit records into the local workbook.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { WorkbookFileError } from "../test/support/xlsx/workbook-file";
import { DEFAULT_FILE, openWorkbook } from "./preview/workbook";

interface ImportResult {
  ok: boolean;
  imported: { index: number; id: string; sheetName: string; updated: boolean }[];
  rejected: { index: number; label: string; errors: { message: string }[] }[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { file: { type: "string", default: DEFAULT_FILE }, "solo-validas": { type: "boolean", default: false } },
});
const source = positionals[0];
if (!source) {
  console.error("Uso: npm run import -- fichas.json [--solo-validas] [--file libro.xlsx]");
  process.exit(2);
}
try {
  let records: unknown;
  try {
    records = JSON.parse(readFileSync(source, "utf8"));
  } catch (error) {
    console.error(`No se pudo leer «${source}» como JSON: ${(error as Error).message}`);
    process.exit(1);
  }
  const workbook = await openWorkbook(values.file);
  const result = (await workbook.run("importVisits", [records, { onlyValid: values["solo-validas"] }])) as ImportResult;
  for (const i of result.imported) console.log(`Ficha ${i.index + 1}: ${i.updated ? "actualizada" : "importada"} en la hoja «${i.sheetName}».`);
  for (const r of result.rejected) console.log(`${r.label}: rechazada.\n  - ${r.errors.map((e) => e.message).join("\n  - ")}`);
  if (result.rejected.length && !result.imported.length) {
    console.log(values["solo-validas"] ? "No se importó ninguna ficha." : "No se importó ninguna ficha: corrija las rechazadas, o use --solo-validas para importar las demás.");
  }
  console.log(`Libro: ${workbook.file}`);
  process.exit(result.ok ? 0 : 1);
} catch (error) {
  if (error instanceof WorkbookFileError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
