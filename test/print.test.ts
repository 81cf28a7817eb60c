// The printed ficha: a visit sheet of the local preview exported to PDF by LibreOffice, read back as text.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { allItems, CAP_ETP_2024 } from "../src/form";
import { visitPdf } from "../scripts/preview/print";
import { loadBundle } from "./support/bundle";
import { completeVisit } from "./support/records";

function tool(name: string): string {
  const path = `/usr/bin/${name}`;
  if (!existsSync(path)) throw new Error(`No se encontró ${name}: instálelo con «apt-get install -y poppler-utils».`);
  return path;
}

let pdf = "";
let pages: string[] = [];
let info = "";

beforeAll(async () => {
  const bundle = loadBundle({ advancedSheets: true });
  const saved = bundle.call<{ sheetName: string }>("saveVisit", completeVisit({ observations: "Se evidencian actas de reunión." }));
  pdf = join(mkdtempSync(join(tmpdir(), "ficha-cap-print-")), "ficha.pdf");
  writeFileSync(pdf, await visitPdf(bundle.fake.spreadsheet, saved.sheetName));
  info = execFileSync(tool("pdfinfo"), [pdf], { encoding: "utf8" });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  pages = Array.from({ length: count }, (_, i) =>
    execFileSync(tool("pdftotext"), ["-f", String(i + 1), "-l", String(i + 1), "-layout", pdf, "-"], { encoding: "utf8" }),
  );
}, 180_000);

describe("a visit sheet printed to PDF", () => {
  it("is A4 portrait, a few pages long", () => {
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.length).toBeLessThanOrEqual(10);
  });

  it("repeats the header on every page", () => {
    for (const page of pages) expect(page).toMatch(/FICHA DE MONITOREO A LA IMPLEMENTACIÓN/);
  });

  it("breaks pages between sections", () => {
    const first = (text: string | RegExp) => pages.findIndex((page) => (typeof text === "string" ? page.includes(text) : text.test(page)));
    expect(first("1. DATOS GENERALES")).toBe(0);
    expect(first("3. ORGANIZACIÓN DE LA GESTIÓN ESCOLAR")).toBe(1);
    expect(first("4. IMPLEMENTACIÓN DE LAS COMUNIDADES")).toBe(2);
    expect(first(/^4\.1\s+Acciones que realiza/m)).toBe(2);
    // 4.2 starts a page of its own, right under the repeated header.
    const s42 = first(/^4\.2\s+Desarrollo de las reuniones/m);
    expect(s42).toBeGreaterThan(2);
    expect(pages[s42 - 1]).not.toMatch(/^4\.2\.1\.1/m);
  });

  it("ends with the rating table and both signature lines", () => {
    const last = pages[pages.length - 1];
    expect(last).toContain("Tabla de valoración");
    expect(last).toContain("Firma del director(a)");
    expect(last).toContain("Firma del especialista / monitor");
    // Nothing after the signatures: the review and the audit print above the rating table.
    expect(last.trimEnd().endsWith("Firma del especialista / monitor")).toBe(true);
    expect(pages.join("\n")).toMatch(/Creada por\s+especialista@ugel02\.gob\.pe/);
  });

  it("cuts nothing at the right margin: every column is on the page, every item is printed", () => {
    expect(pages[0]).toContain("cap-etp-2024"); // column E of the id row
    const all = pages.join("\n");
    for (const item of allItems(CAP_ETP_2024)) expect(all).toContain(item.code);
    expect(all).toContain("Se evidencian actas de reunión.");
  });
});
