// The sidebar's derived view (progress, missing items, live levels, totals), tested without a browser.
import { describe, expect, it } from "vitest";
import { emptyRecord } from "../src/sidebar/record-state";
import { viewModel } from "../src/sidebar/view-model";
import { ratingsAll } from "./support/records";

describe("viewModel", () => {
  it("counts rated items and lists the missing ones", () => {
    const record = emptyRecord("2024-10-05", "");
    record.ratings = { ...ratingsAll(2) };
    delete record.ratings["4.1.2.3"];
    delete record.ratings["4.2.2.11"];
    const vm = viewModel(record, "2026-11-25", "draft");
    expect(vm.progressText).toBe("38/40 ítems valorados");
    expect(vm.missing).toEqual(["4.1.2.3", "4.2.2.11"]);
    expect(vm.missingText).toBe("Faltan 2 ítems: 4.1.2.3, 4.2.2.11");
    expect(vm.itemLabels["4.1.1.1"]).toBe("En proceso");
    expect(vm.itemLabels["4.1.2.3"]).toBe("Sin valorar");
  });

  it("shows each dimension's live level once all its items are rated, and a partial mean before", () => {
    const record = emptyRecord("2024-10-05", "");
    record.ratings = { "4.1.1.1": 1, "4.1.1.2": 2, "4.1.1.3": 1, "4.1.1.4": 2, "4.1.1.5": 2, "4.2.1.1": 3 };
    const vm = viewModel(record, "2026-11-25", "draft");
    expect(vm.dimensions[0].text).toBe("Nivel de la dimensión: En proceso (media 1,60, 53,3 % de logro)");
    expect(vm.dimensions[4].text).toBe("Media parcial 3,00: faltan 3 de 4 ítems para el nivel");
    expect(vm.dimensions[1].text).toBe("Nivel de la dimensión: falta valorar sus 6 ítems");
  });

  it("totals staff and students, and checks against the status being saved", () => {
    const record = emptyRecord("2024-10-05", "");
    record.school.code = "012345";
    record.staff.tenuredTeachers = { auxiliarBasico: 3, tecnicoMedio: 4 };
    record.enrolment.basico = { enrolled: 10, attending: 12 };
    const draft = viewModel(record, "2026-11-25", "draft");
    expect(draft.staff.total).toBe(7);
    expect(draft.staffRoleTotals.tenuredTeachers).toBe(7);
    expect(draft.students).toEqual({ enrolled: 10, attending: 12 });
    expect(draft.errors.map((e) => e.path)).toEqual(["enrolment.basico.attending"]);
    const complete = viewModel(record, "2026-11-25", "complete");
    expect(complete.errors.length).toBeGreaterThan(40);
  });
});
