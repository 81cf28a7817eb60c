// npm run export -- salida.json [--file libro.xlsx]: every visit of the local workbook as JSON records.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { WorkbookFileError } from "../test/support/xlsx/workbook-file";
import { DEFAULT_FILE, openWorkbook } from "./preview/workbook";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { file: { type: "string", default: DEFAULT_FILE } } });
const target = positionals[0];
if (!target) {
  console.error("Uso: npm run export -- salida.json [--file libro.xlsx]");
  process.exit(2);
}
try {
  const workbook = await openWorkbook(values.file);
  const records = (await workbook.run("exportVisits", [])) as unknown[];
  writeFileSync(target, `${JSON.stringify(records, null, 2)}\n`);
  console.log(`${records.length} ficha(s) exportada(s) a «${target}» desde ${workbook.file}.`);
} catch (error) {
  if (error instanceof WorkbookFileError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
