// Sheet layouts as pure data: the printable ficha, Consolidado rows and Resumen, without any spreadsheet.
import { describe, expect, it } from "vitest";
import { CAP_ETP_2024, SCALE, STAFF_ROLES, allItems } from "../src/form";
import { validateVisit, type VisitRecord } from "../src/record";
import {
  consolidadoColumns,
  consolidadoRow,
  readConsolidadoRow,
  resumenData,
  resumenValues,
  summaryOf,
  visitSheetLayout,
  visitSheetValues,
  visitSheetName,
  upsertCatalogue,
  dateSerial,
  serialToIso,
  dateToIso,
  asText,
  levelChange,
} from "../src/layout";
import { completeVisit, ratingsAll } from "./support/records";

const layout = visitSheetLayout(CAP_ETP_2024);
const flat = (grid: unknown[][]) => grid.flat().map(String).join("\n");

function saved(overrides: Record<string, unknown> = {}): VisitRecord {
  const result = validateVisit({ ...completeVisit(overrides), id: "v-test-0001" }, { today: "2026-11-25" });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.record;
}

describe("the printable ficha (Plantilla)", () => {
  const { template } = layout;
  it("is trimmed to the cells it uses", () => {
    expect(template.columns).toBe(5);
    expect(template.rows * template.columns).toBeLessThanOrEqual(1500);
    expect(template.values.every((row) => row.length === template.columns)).toBe(true);
  });

  it("has every section, item text, staff role, the scale and both signature lines", () => {
    const text = flat(template.values);
    for (const heading of ["1. DATOS GENERALES", "2. DATOS DEL ESPECIALISTA", "3. ORGANIZACIÓN DE LA GESTIÓN ESCOLAR", "4. IMPLEMENTACIÓN", "5. COMPROMISOS Y SUGERENCIAS"]) {
      expect(text).toContain(heading);
    }
    for (const item of allItems(CAP_ETP_2024)) expect(text).toContain(item.text);
    for (const role of STAFF_ROLES) expect(text).toContain(role.label);
    for (const level of SCALE) expect(text).toContain(level.meaning);
    expect(text).toContain("Firma del director(a)");
    expect(text).toContain("Firma del especialista / monitor");
    expect(text).toContain(CAP_ETP_2024.title);
  });

  it("limits the 40 rating cells to 0–3 and puts each beside its item", () => {
    const ratingCells = template.validations.filter((v) => v.kind === "rating");
    expect(ratingCells).toHaveLength(40);
    for (const item of allItems(CAP_ETP_2024)) {
      const [r, c] = layout.map.ratings[item.code];
      expect(template.values[r][0]).toBe(item.code);
      expect(ratingCells.some((v) => v.block.row === r && v.block.column === c)).toBe(true);
    }
  });

  it("keeps merges inside the sheet and apart from each other", () => {
    const seen = new Set<string>();
    for (const m of template.merges) {
      expect(m.row + m.rows).toBeLessThanOrEqual(template.rows);
      expect(m.column + m.columns).toBeLessThanOrEqual(template.columns);
      for (let r = m.row; r < m.row + m.rows; r++)
        for (let c = m.column; c < m.column + m.columns; c++) {
          expect(seen.has(`${r},${c}`)).toBe(false);
          seen.add(`${r},${c}`);
        }
    }
  });
});

describe("a visit in its sheet", () => {
  it("writes every string as literal text and every count as a number", () => {
    const values = visitSheetValues(layout, saved({ observations: "=IMPORTXML(\"x\")" }));
    const [r, c] = layout.map.observations;
    expect(values[r][c]).toBe("'=IMPORTXML(\"x\")");
    const [cr, cc] = layout.map.code;
    expect(values[cr][cc]).toBe("'012345");
    const [dr, dc] = layout.map.date;
    expect(values[dr][dc]).toBe("'05/10/2024");
    const [tr, tc] = layout.map.staff.tenuredTeachers.total;
    expect(values[tr][tc]).toBe(10);
  });

  it("shows each dimension's mean, level and percent", () => {
    const values = visitSheetValues(layout, saved({ ratings: ratingsAll(2) }));
    const cells = layout.map.units["4.1.2"];
    expect(values[cells.mean[0]][cells.mean[1]]).toBe(2);
    expect(values[cells.level[0]][cells.level[1]]).toBe("'En proceso");
    expect(values[cells.percent[0]][cells.percent[1]]).toBe(66.7);
  });
});

describe("Consolidado", () => {
  it("has the fixed columns, 40 item codes, then mean and level per dimension, section and overall", () => {
    const columns = consolidadoColumns(CAP_ETP_2024);
    expect(columns.headers.slice(0, 5)).toEqual(["Id de visita", "Estado", "Fecha", "Código local", "CETPRO"]);
    expect(columns.headers).toContain("4.2.3.3");
    expect(columns.headers).toContain("4.1.1 nivel");
    expect(columns.headers).toContain("4.2 media");
    expect(columns.headers.slice(-8)).toEqual([
      "General % de logro",
      "Revisión",
      "Comentario de revisión",
      "Fecha de revisión",
      "Creada por",
      "Creada el",
      "Modificada por",
      "Modificada el",
    ]);
    expect(columns.levelColumns).toHaveLength(10);
  });

  it("reads back what it wrote (after Sheets drops the apostrophes)", () => {
    const record = saved();
    const row = consolidadoRow(CAP_ETP_2024, record, "012345 2024-10-05");
    const asRead = row.map((v) => (typeof v === "string" && v.startsWith("'") ? v.slice(1) : v));
    expect(readConsolidadoRow(asRead)).toEqual(summaryOf(record, "012345 2024-10-05"));
  });

  it("leaves levels blank for a draft", () => {
    const record = saved({ status: "draft" });
    const row = consolidadoRow(CAP_ETP_2024, record, "x");
    const columns = consolidadoColumns(CAP_ETP_2024);
    expect(columns.levelColumns.map((c) => row[c])).toEqual(Array(10).fill(""));
  });
});

describe("Resumen", () => {
  it("takes each CETPRO's latest complete visit and counts CETPROs per level", () => {
    const a1 = summaryOf(saved({ ratings: ratingsAll(0), visitDate: "2024-05-01" }), "a1");
    const a2 = summaryOf({ ...saved({ ratings: ratingsAll(3), visitDate: "2024-09-01" }), id: "v-a2" }, "a2");
    const aDraft = summaryOf({ ...saved({ status: "draft", visitDate: "2024-11-01" }), id: "v-a3" }, "a3");
    const b = summaryOf({ ...saved({ ratings: ratingsAll(1), school: { code: "000111", name: "B", ugel: "02", rei: "", director: "", website: "" } }), id: "v-b" }, "b");
    const data = resumenData(CAP_ETP_2024, [a1, a2, aDraft, b]);
    expect(data.schools.map((s) => [s.latest.school.code, s.latest.id, s.completeVisits])).toEqual([
      ["000111", "v-b", 1],
      ["012345", "v-a2", 2],
    ]);
    expect(data.counts[0].byLevel).toEqual([0, 1, 0, 1]);
    const values = resumenValues(data, 40);
    expect(values).toHaveLength(40);
    expect(values.flat()).toContain("'Logrado");
  });
});

describe("level changes in Resumen", () => {
  it("shows up, down or equal, with the previous level", () => {
    expect(levelChange(2, 1)).toBe("↑ (antes En inicio)");
    expect(levelChange(0, 3)).toBe("↓ (antes Logrado)");
    expect(levelChange(2, 2)).toBe("=");
    expect(levelChange(2, undefined)).toBe("");
    expect(levelChange(null, 1)).toBe("");
  });
});

describe("small pieces", () => {
  it("names visit sheets by code and date, uniquely", () => {
    const record = { school: { code: "012345" }, visitDate: "2024-10-05" } as VisitRecord;
    expect(visitSheetName(record, new Set())).toBe("012345 2024-10-05");
    expect(visitSheetName(record, new Set(["012345 2024-10-05"]))).toBe("012345 2024-10-05 (2)");
  });

  it("keeps dates exact as serials and from Lima-midnight Dates", () => {
    expect(dateSerial("1899-12-31")).toBe(1);
    expect(serialToIso(dateSerial("2024-10-05"))).toBe("2024-10-05");
    expect(dateToIso(new Date("2024-10-05T05:00:00Z"))).toBe("2024-10-05");
    expect(dateToIso(new Date("2024-10-05T00:00:00Z"))).toBe("2024-10-05");
  });

  it("protects text with an apostrophe", () => {
    expect(asText("+51 999")).toBe("'+51 999");
    expect(asText("")).toBe("");
  });

  it("upserts the catalogue without wiping fields a draft leaves empty", () => {
    const rows = [["012345", "CETPRO A", "02", "REI 1", "Ana", ""], ["", "", "", "", "", ""]];
    expect(upsertCatalogue(rows, { code: "012345", name: "", ugel: "02", rei: "", director: "", website: "" })).toBeNull();
    const changed = upsertCatalogue(rows, { code: "012345", name: "", ugel: "02", rei: "", director: "Luis", website: "" });
    expect(changed?.rows[0]).toEqual(["012345", "CETPRO A", "02", "REI 1", "Luis", ""]);
    const added = upsertCatalogue(rows, { code: "000002", name: "B", ugel: "02", rei: "", director: "", website: "" });
    expect(added?.index).toBe(1);
    expect(added?.rows[1][1]).toBe("B");
  });
});
