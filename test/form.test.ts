// Tests of the form as data: counts, codes, groups, staff rows, scale and the transcription.
import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import {
  CAP_ETP_2024,
  INSTRUMENTS,
  SCALE,
  STAFF_ROLES,
  allDimensions,
  allItems,
  getInstrument,
  itemCodes,
  levelLabel,
} from "../src/form";

const TRANSCRIPTION = readFileSync(new URL("../../shared/docs/ficha-cap-2024.md", import.meta.url), "utf8");

/** Lower-case, without accents, punctuation or repeated spaces. */
function normalise(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

describe("CAP ETP 2024 instrument", () => {
  it("has the item counts of the form per dimension, section and in all", () => {
    expect(allDimensions(CAP_ETP_2024).map((d) => [d.code, d.items.length])).toEqual([
      ["4.1.1", 5],
      ["4.1.2", 6],
      ["4.1.3", 6],
      ["4.1.4", 5],
      ["4.2.1", 4],
      ["4.2.2", 11],
      ["4.2.3", 3],
    ]);
    expect(
      CAP_ETP_2024.sections.map((s) => [s.code, s.dimensions.reduce((n, d) => n + d.items.length, 0)]),
    ).toEqual([
      ["4.1", 22],
      ["4.2", 18],
    ]);
    expect(allItems(CAP_ETP_2024)).toHaveLength(40);
  });

  it("has unique codes, nested and numbered 1..n in form order", () => {
    const codes = itemCodes(CAP_ETP_2024);
    expect(new Set(codes).size).toBe(codes.length);
    for (const section of CAP_ETP_2024.sections) {
      section.dimensions.forEach((dimension, d) => {
        expect(dimension.code).toBe(`${section.code}.${d + 1}`);
        dimension.items.forEach((item, i) => {
          expect(item.code.startsWith(`${dimension.code}.`)).toBe(true);
          expect(item.code).toBe(`${dimension.code}.${i + 1}`);
        });
      });
    }
  });

  it("has no empty text", () => {
    for (const text of [CAP_ETP_2024.title, CAP_ETP_2024.yearName, CAP_ETP_2024.introduction, ...CAP_ETP_2024.headerLines]) {
      expect(text.trim()).not.toBe("");
    }
    for (const section of CAP_ETP_2024.sections) expect(section.name.trim()).not.toBe("");
    for (const dimension of allDimensions(CAP_ETP_2024)) {
      expect(dimension.name.trim()).not.toBe("");
      // 4.1.4 is the only block the form prints without a description.
      if (dimension.code !== "4.1.4") expect(dimension.description.trim()).not.toBe("");
    }
    for (const item of allItems(CAP_ETP_2024)) expect(item.text.trim()).not.toBe("");
  });

  it("names section 4.2 with its subtitle", () => {
    expect(CAP_ETP_2024.sections[1]?.subtitle).toBe("Ruta para la ejecución de una reunión CAP");
  });

  it("groups the items of 4.2.2 under the form's sub-headings, in order", () => {
    const during = allDimensions(CAP_ETP_2024).find((d) => d.code === "4.2.2");
    const groups = (during?.items ?? []).map((item) => item.group);
    expect(groups.every((g) => g !== undefined)).toBe(true);
    expect([...new Set(groups)]).toEqual([
      "Agenda del día y valores",
      "Problemática / resultados",
      "Intercambio de experiencias",
      "Construcción colectiva de estrategias de mejora",
      "Acuerdos y compromisos",
    ]);
    const others = allItems(CAP_ETP_2024).filter((item) => !item.code.startsWith("4.2.2."));
    expect(others.every((item) => item.group === undefined)).toBe(true);
  });

  it("matches the transcription (first 40 characters of every item, and the descriptions)", () => {
    const transcription = normalise(TRANSCRIPTION);
    for (const item of allItems(CAP_ETP_2024)) {
      expect(transcription, item.code).toContain(normalise(item.text.slice(0, 40)));
    }
    for (const dimension of allDimensions(CAP_ETP_2024)) {
      expect(transcription, dimension.code).toContain(normalise(`${dimension.name} ${dimension.description}`));
    }
  });
});

describe("school data", () => {
  it("lists the 9 staff roles in form order", () => {
    expect(STAFF_ROLES.map((r) => r.label)).toEqual([
      "Director(a)",
      "Director(a) por función (con aula a cargo)",
      "Jefes de taller (sin aula a cargo)",
      "Jefes de taller (con aula a cargo)",
      "Coordinador académico (con aula a cargo)",
      "Docentes nombrados",
      "Docentes contratados",
      "Personal administrativo",
      "Personal de servicio",
    ]);
  });
});

describe("scale", () => {
  it("has the four levels 0..3 with their labels", () => {
    expect(SCALE.map((level) => [level.value, level.label])).toEqual([
      [0, "No realizado"],
      [1, "En inicio"],
      [2, "En proceso"],
      [3, "Logrado"],
    ]);
    expect(SCALE.every((level) => level.meaning.trim() !== "")).toBe(true);
    expect(levelLabel(2)).toBe("En proceso");
  });
});

describe("instrument lookup", () => {
  it("finds the instrument by id and gives undefined for an unknown id", () => {
    expect(getInstrument("cap-etp-2024")).toBe(CAP_ETP_2024);
    expect(getInstrument("no-such-instrument")).toBeUndefined();
    expect(INSTRUMENTS).toContain(CAP_ETP_2024);
  });
});
