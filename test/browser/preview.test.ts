// The local preview (npm start): the real sidebar and bundle over HTTP, the workbook kept in a .xlsx file.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPreview } from "../../scripts/preview/server";
import { launchBrowser } from "../support/browser";
import { completeVisit, draftVisit } from "../support/records";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const run = promisify(execFile);
const tempFile = (name = "libro.xlsx") => join(mkdtempSync(join(tmpdir(), "ficha-cap-")), name);

async function api<T>(url: string, name: string, ...args: unknown[]): Promise<T> {
  const res = await fetch(new URL(`api/run/${name}`, url), { method: "POST", body: JSON.stringify(args) });
  const out = (await res.json()) as { value: T; error?: string };
  if (out.error) throw new Error(out.error);
  return out.value;
}

describe("npm start", () => {
  it("saves a visit through the page in Chromium, and finds it again after a restart", async () => {
    const file = tempFile();
    let preview = await startPreview({ file });
    expect(existsSync(file)).toBe(true);
    const page = await browser.newPage();
    await page.goto(preview.url);
    const sidebar = page.frameLocator("#sidebar");
    await sidebar.locator("body[data-ready]").waitFor();
    await sidebar.locator('[id="f-school.code"]').fill("004321");
    await sidebar.locator('[id="f-school.name"]').fill("CETPRO Vista Previa");
    await sidebar.locator('[id="f-visitDate"]').fill("2024-11-12");
    await sidebar.locator("#save-draft").click();
    await sidebar.locator(".save-state.saved").waitFor();
    await page.locator('#tabs button:text("004321 2024-11-12")').waitFor();
    await page.locator('#tabs button:text("Consolidado")').click();
    await page.locator('#grid[data-sheet="Consolidado"] td:text("CETPRO Vista Previa")').waitFor();
    await page.close();
    await preview.close();

    preview = await startPreview({ file });
    const visits = await api<{ schoolName: string; sheetName: string }[]>(preview.url, "listVisits");
    expect(visits.map((v) => [v.schoolName, v.sheetName])).toEqual([["CETPRO Vista Previa", "004321 2024-11-12"]]);
    const again = await browser.newPage();
    await again.goto(preview.url);
    await again.frameLocator("#sidebar").locator("#toggle-visits").click();
    await expect(again.frameLocator("#sidebar").locator("#visit-list").textContent()).resolves.toContain("CETPRO Vista Previa");
    await again.close();
    await preview.close();
  });

  it("writes a .xlsx that holds Consolidado's values, read back with exceljs", async () => {
    const file = tempFile();
    const preview = await startPreview({ file });
    await api(preview.url, "saveVisit", completeVisit());
    await preview.close();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet("Consolidado")!;
    const row = sheet.getRow(2);
    expect(row.getCell(2).value).toBe("Completa");
    expect(row.getCell(4).value).toBe("012345");
    expect(row.getCell(5).value).toBe("CETPRO Santa Rosa");
    expect(sheet.getRow(1).getCell(19).value).toBe("4.1.1.1");
    expect(row.getCell(19).value).toBe(2);
    expect(sheet.views[0]?.state).toBe("frozen");
    expect(workbook.getWorksheet("012345 2024-10-05")).toBeDefined();
  });

  it("refuses a damaged .xlsx with a clear message and never overwrites it", async () => {
    const file = tempFile();
    const damaged = Buffer.from("PK\u0003\u0004 esto no es un libro de Excel completo");
    writeFileSync(file, damaged);
    await expect(startPreview({ file })).rejects.toThrow(/no se puede leer como libro de Excel/);
    expect(readFileSync(file)).toEqual(damaged);
  });

  it("starts a new workbook when the file does not exist", async () => {
    const file = tempFile("nuevo.xlsx");
    const preview = await startPreview({ file });
    expect(preview.workbook.created).toBe(true);
    expect(existsSync(file)).toBe(true);
    await preview.close();
  });
});

describe("npm run import / export", () => {
  it("imports nothing from a batch with a bad record, then the good ones when asked, and exports them", async () => {
    const file = tempFile();
    const dir = join(file, "..");
    const batch = join(dir, "fichas.json");
    writeFileSync(batch, JSON.stringify([completeVisit(), draftVisit({ school: { code: "12" } })]));
    const tsx = join(process.cwd(), "node_modules/.bin/tsx");
    const bad = await run(tsx, ["scripts/import.ts", batch, "--file", file]).catch((e: { code: number; stdout: string }) => e);
    expect((bad as { code: number }).code).toBe(1);
    expect((bad as { stdout: string }).stdout).toMatch(/Ficha 2 \(12, 2024-11-12\): rechazada\.\n {2}- Código local: /);
    expect((bad as { stdout: string }).stdout).toMatch(/No se importó ninguna ficha/);
    const good = await run(tsx, ["scripts/import.ts", batch, "--solo-validas", "--file", file]).catch((e: { stdout: string }) => e);
    expect((good as { stdout: string }).stdout).toMatch(/Ficha 1: importada en la hoja «012345 2024-10-05»/);
    const out = join(dir, "salida.json");
    await run(tsx, ["scripts/export.ts", out, "--file", file]);
    const exported = JSON.parse(readFileSync(out, "utf8")) as { school: { code: string } }[];
    expect(exported.map((r) => r.school.code)).toEqual(["012345"]);
  });
});
