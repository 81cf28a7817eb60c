// The local preview's workbook: the real bundle on the in-memory spreadsheet, kept in a .xlsx file.
import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { loadBundle, type LoadedBundle } from "../../test/support/bundle";
import { loadWorkbook, saveWorkbook } from "../../test/support/xlsx/workbook-file";

export const DEFAULT_FILE = "datos/ficha-cap.xlsx";

/** Method names of the calls that change a spreadsheet: after any of them, the file is written. */
const WRITES = /\.(set|insert|delete|merge|breakApart|protect|create|clear|copy|append|hide|show|remove|update|activate|sort|uncheck|check|batchUpdate)/;

export interface LocalWorkbook {
  file: string;
  bundle: LoadedBundle;
  created: boolean;
  /** Runs an exposed function of dist/Code.js and, if it changed the spreadsheet, writes the file. */
  run(name: string, args: unknown[]): Promise<unknown>;
  /** Writes the file now (atomically); calls are queued so that writes never overlap. */
  persist(): Promise<void>;
}

export async function openWorkbook(file: string = DEFAULT_FILE): Promise<LocalWorkbook> {
  const path = resolve(file);
  // As in Sheets, where appsscript.json enables the advanced Sheets service. There is no Google account
  // here: like Sheets when it withholds the e-mail, Historial and the audit name the specialist.
  const bundle = loadBundle({ advancedSheets: true, userEmail: "" });
  const created = !existsSync(path);
  if (!created) await loadWorkbook(bundle.fake.spreadsheet, path); // a damaged file throws and is left alone
  let queue: Promise<void> = Promise.resolve();
  const persist = () => {
    queue = queue.then(() => {
      mkdirSync(dirname(path), { recursive: true });
      return saveWorkbook(bundle.fake.spreadsheet, path);
    });
    return queue;
  };
  const writes = () => bundle.fake.calls.total((method) => WRITES.test(method));
  const workbook: LocalWorkbook = {
    file: path,
    bundle,
    created,
    persist,
    async run(name, args) {
      const before = writes();
      const value = bundle.call(name, ...args);
      if (writes() !== before) await persist();
      return value;
    },
  };
  // First use sets the add-in's sheets up, as opening the sidebar does in Sheets.
  await workbook.run("showSidebar", []);
  if (created) await persist();
  return workbook;
}
