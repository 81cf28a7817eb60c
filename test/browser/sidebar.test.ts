// The real sidebar in headless Chromium, its google.script.run calls running the built dist/Code.js.
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CODES, completeVisit as completeVisitRecord } from "../support/records";
import { launchBrowser, openSidebar, serveSidebar } from "../support/browser";
import { loadBundle } from "../support/bundle";

let browser: Browser;
let server: Awaited<ReturnType<typeof serveSidebar>>;
const ARTIFACTS = new URL("../../test-artifacts/", import.meta.url);

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveSidebar();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const field = (path: string) => `[id="f-${path}"]`;
const error = (path: string) => `[id="err-${path}"]`;

async function fillGeneral(page: Page, code = "012345"): Promise<void> {
  await page.fill(field("school.code"), code);
  await page.fill(field("school.name"), "CETPRO Santa Rosa");
  await page.fill(field("visitDate"), "2024-10-05");
  await page.fill(field("school.rei"), "REI 05");
  await page.check('input[data-path="cycles"][value="tecnico-medio"]');
  await page.check('input[data-path="shifts"][value="M"]');
  await page.fill(field("school.website"), "https://santarosa.edu.pe");
  await page.fill(field("school.director"), "María Quispe");
}

async function rateAll(page: Page, value = 2): Promise<void> {
  for (const section of ["s41", "s42"]) {
    await page.selectOption("#section-select", section);
    for (const code of CODES.filter((c) => c.startsWith(section === "s41" ? "4.1" : "4.2"))) {
      await page.check(`input[name="r-${code}"][value="${value}"]`);
    }
  }
}

async function fillComplete(page: Page): Promise<void> {
  await fillGeneral(page);
  await page.selectOption("#section-select", "specialist");
  await page.fill(field("specialist"), "Juan Pérez");
  await page.selectOption("#section-select", "staff");
  await page.fill(field("staff.tenuredTeachers.auxiliarBasico"), "4");
  await page.fill(field("staff.tenuredTeachers.tecnicoMedio"), "6");
  await page.fill(field("enrolment.basico.enrolled"), "40");
  await page.fill(field("enrolment.basico.attending"), "35");
  await rateAll(page);
  await page.selectOption("#section-select", "closing");
  await page.fill(field("observations"), "Se evidencian actas.");
}

function consolidado(bundle: ReturnType<typeof loadBundle>) {
  return bundle.fake.spreadsheet.values("Consolidado").slice(1).filter((row) => row[0] !== "");
}

describe("the sidebar", () => {
  it("opens with one server round trip", async () => {
    const s = await openSidebar(browser, server.url);
    expect(s.bridge.calls).toEqual(["getSidebarData"]);
    await expect(s.page.textContent("#progress-text")).resolves.toBe("0/40 ítems valorados");
    await s.context.close();
  });

  it("fills a complete visit by clicking and typing, saves it, and the sheet and Consolidado hold it", async () => {
    const s = await openSidebar(browser, server.url);
    await fillComplete(s.page);
    await expect(s.page.textContent("#progress-text")).resolves.toBe("40/40 ítems valorados");
    await s.page.selectOption("#section-select", "staff");
    await expect(s.page.textContent("#total-staff")).resolves.toBe("10");
    await s.page.selectOption("#section-select", "s41");
    await expect(s.page.textContent('[id="dimlevel-4.1.1"]')).resolves.toMatch(/En proceso/);
    mkdirSync(ARTIFACTS, { recursive: true });
    await s.page.screenshot({ path: new URL("sidebar-filled.png", ARTIFACTS).pathname });
    await s.page.click("#save-complete");
    await s.page.waitForSelector(".save-state.saved");
    await expect(s.page.textContent("#save-state")).resolves.toMatch(/Guardada como ficha completa .* «012345 2024-10-05»/);
    const book = s.bundle.fake.spreadsheet;
    expect(book.values("012345 2024-10-05", "B7")[0][0]).toBe("012345");
    expect(book.values("012345 2024-10-05").flat()).toContain("Se evidencian actas.");
    const rows = consolidado(s.bundle);
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(1, 5)).toEqual(["Completa", expect.anything(), "012345", "CETPRO Santa Rosa"]);
    await s.context.close();
  });

  it("checks as you type: message beside the field, missing items that jump to their place", async () => {
    const s = await openSidebar(browser, server.url);
    await s.page.fill(field("school.code"), "12345");
    await s.page.press(field("school.code"), "Tab");
    await expect(s.page.textContent(error("school.code"))).resolves.toBe("Código local: debe tener exactamente 6 dígitos (por ejemplo 012345).");
    await s.page.fill(field("school.code"), "012345");
    await s.page.press(field("school.code"), "Tab");
    await expect(s.page.textContent(error("school.code"))).resolves.toBe("");
    await expect(s.page.textContent("#missing")).resolves.toMatch(/^Faltan 40 ítems:/);
    await s.page.click('#missing button[data-jump="ratings.4.1.2.3"]');
    await expect(s.page.isVisible('[id="item-4.1.2.3"]')).resolves.toBe(true);
    await expect(s.page.evaluate(() => document.activeElement?.getAttribute("name"))).resolves.toBe("r-4.1.2.3");
    await s.page.check('input[name="r-4.1.2.3"][value="3"]');
    await expect(s.page.textContent('[id="level-4.1.2.3"]')).resolves.toBe("Logrado");
    await expect(s.page.textContent("#progress-text")).resolves.toBe("1/40 ítems valorados");
    await s.context.close();
  });

  it("refuses a complete ficha with gaps without calling the server, and lists what is missing", async () => {
    const s = await openSidebar(browser, server.url);
    await fillGeneral(s.page);
    await s.page.click("#save-complete");
    await expect(s.page.textContent("#notice")).resolves.toMatch(/No se guardó: revise \d+ campos/);
    await expect(s.page.textContent(error("specialist"))).resolves.toMatch(/Nombre del especialista: es obligatorio/);
    expect(s.bridge.calls).toEqual(["getSidebarData"]);
    await s.context.close();
  });

  it("saves a draft with only código local and fecha, then corrects it as the same sheet and row", async () => {
    const s = await openSidebar(browser, server.url);
    await s.page.fill(field("school.code"), "004321");
    await s.page.fill(field("visitDate"), "2024-11-12");
    await s.page.click("#save-draft");
    await s.page.waitForSelector(".save-state.saved");
    await expect(s.page.textContent("#save-state")).resolves.toMatch(/borrador/);
    await s.page.fill(field("school.name"), "CETPRO Túpac Amaru");
    await expect(s.page.textContent("#save-state")).resolves.toMatch(/Cambios sin guardar/);
    await s.page.click("#save-draft");
    await s.page.waitForSelector(".save-state.saved");
    expect(consolidado(s.bundle)).toHaveLength(1);
    expect(s.bundle.fake.spreadsheet.sheetNames().filter((n) => n.startsWith("004321"))).toEqual(["004321 2024-11-12"]);
    await s.context.close();
  });

  it("reopens a saved visit from the list (newest first, filtered) and saving updates the same sheet and row", async () => {
    const bundle = loadBundle();
    const saveDraft = (code: string, date: string, specialist: string) =>
      bundle.call<{ id: string }>("saveVisit", { instrument: "cap-etp-2024", status: "draft", visitDate: date, school: { code, name: `CETPRO ${code}` }, specialist });
    saveDraft("000001", "2024-05-01", "Ana");
    const target = saveDraft("000002", "2024-09-01", "Luis");
    saveDraft("000003", "2024-07-01", "Ana");
    const s = await openSidebar(browser, server.url, bundle);
    await s.page.click("#toggle-visits");
    const entries = await s.page.locator("#visit-list button.visit").allTextContents();
    expect(entries.map((t) => t.slice(0, 10))).toEqual(["01/09/2024", "01/07/2024", "01/05/2024"]);
    await s.page.fill("#visit-filter", "luis");
    await expect(s.page.locator("#visit-list button.visit").count()).resolves.toBe(1);
    await s.page.click(`#visit-list button[data-open="${target.id}"]`);
    await expect(s.page.inputValue(field("school.code"))).resolves.toBe("000002");
    await s.page.fill(field("school.name"), "CETPRO corregido");
    await s.page.click("#save-draft");
    await s.page.waitForSelector(".save-state.saved");
    const rows = consolidado(bundle);
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r[0] === target.id)?.[4]).toBe("CETPRO corregido");
    expect(bundle.fake.spreadsheet.sheetNames().filter((n) => n.startsWith("000002"))).toHaveLength(1);
    await s.context.close();
  });

  it("shows the coordinator's review, and who created and changed the visit, when the specialist reopens it", async () => {
    const bundle = loadBundle();
    const saved = bundle.call<{ id: string }>("saveVisit", completeVisitRecord());
    bundle.fake.signIn("otra.especialista@ugel02.gob.pe");
    bundle.call("saveVisit", { ...completeVisitRecord(), id: saved.id });
    bundle.call("reviewVisit", saved.id, "observada", "Falta el acta <b>firmada</b>.");
    const s = await openSidebar(browser, server.url, bundle);
    await s.page.click("#toggle-visits");
    await expect(s.page.textContent("#visit-list")).resolves.toContain("Observada");
    await s.page.click(`#visit-list button[data-open="${saved.id}"]`);
    await expect(s.page.textContent("#notice")).resolves.toMatch(/Revisión del coordinador\(a\): Observada — «Falta el acta <b>firmada<\/b>\.»/);
    await expect(s.page.textContent("#notice")).resolves.toMatch(
      /Creada por especialista@ugel02\.gob\.pe el \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}; última modificación por otra\.especialista@ugel02\.gob\.pe el /,
    );
    await expect(s.page.locator("b").count()).resolves.toBe(0);
    await s.context.close();
  });

  it("offers the visit whose sheet is active when it opens", async () => {
    const bundle = loadBundle();
    const saved = bundle.call<{ id: string; sheetName: string }>("saveVisit", { instrument: "cap-etp-2024", status: "draft", visitDate: "2024-08-08", school: { code: "000777", name: "CETPRO Activo" } });
    bundle.fake.spreadsheet.select(saved.sheetName, "A1");
    const s = await openSidebar(browser, server.url, bundle);
    await expect(s.page.textContent("#active-offer")).resolves.toMatch(/000777 CETPRO Activo del 08\/08\/2024/);
    await s.page.click('#active-offer button');
    await expect(s.page.inputValue(field("school.name"))).resolves.toBe("CETPRO Activo");
    await s.context.close();
  });

  it("fills the CETPRO from the catalogue when its code is typed", async () => {
    const bundle = loadBundle();
    bundle.call("saveVisit", { instrument: "cap-etp-2024", status: "draft", visitDate: "2024-08-08", school: { code: "000555", name: "CETPRO Catálogo", rei: "REI 9", director: "Rosa" } });
    const s = await openSidebar(browser, server.url, bundle);
    await s.page.fill(field("school.code"), "000555");
    await s.page.press(field("school.code"), "Tab");
    await expect(s.page.inputValue(field("school.name"))).resolves.toBe("CETPRO Catálogo");
    await expect(s.page.inputValue(field("school.director"))).resolves.toBe("Rosa");
    await s.context.close();
  });
});

describe("when saving fails, everything typed stays and the message says what to do", () => {
  it("lock timeout (another specialist saving)", async () => {
    const s = await openSidebar(browser, server.url);
    await fillGeneral(s.page);
    s.bundle.fake.locks.holdDocumentLockElsewhere(true);
    await s.page.click("#save-draft");
    await expect(s.page.textContent("#notice")).resolves.toMatch(/Otra persona está guardando.*Espere unos segundos/);
    await expect(s.page.inputValue(field("school.name"))).resolves.toBe("CETPRO Santa Rosa");
    await expect(s.page.textContent("#save-state")).resolves.toMatch(/Sin guardar/);
    s.bundle.fake.locks.holdDocumentLockElsewhere(false);
    await s.page.click("#save-draft");
    await s.page.waitForSelector(".save-state.saved");
    await s.context.close();
  });

  it("lost connection", async () => {
    const s = await openSidebar(browser, server.url);
    await fillGeneral(s.page);
    s.bridge.failNext.set("saveVisit", "NetworkError: Connection failure due to HTTP 0");
    await s.page.click("#save-draft");
    await expect(s.page.textContent("#notice")).resolves.toMatch(/No se pudo guardar: se perdió la conexión.*vuelva a pulsar «Guardar»/);
    await expect(s.page.inputValue(field("school.code"))).resolves.toBe("012345");
    expect(s.bundle.fake.spreadsheet.sheetNames()).not.toContain("012345 2024-10-05");
    await s.context.close();
  });

  it("server error while writing", async () => {
    const s = await openSidebar(browser, server.url);
    await fillGeneral(s.page);
    s.bundle.fake.faults.failOn("Range.setValues", 1, new Error("Service Spreadsheets failed"));
    await s.page.click("#save-draft");
    await expect(s.page.textContent("#notice")).resolves.toMatch(/No se guardó: No se pudo guardar la ficha \(Service Spreadsheets failed\)/);
    await expect(s.page.inputValue(field("school.rei"))).resolves.toBe("REI 05");
    await s.context.close();
  });

  it("server-side errors appear beside their fields", async () => {
    const s = await openSidebar(browser, server.url);
    await fillGeneral(s.page);
    s.bridge.respondNext.set("saveVisit", { ok: false, errors: [{ path: "school.name", message: "Nombre del CETPRO: ya existe otro con ese código." }], warnings: [] });
    await s.page.click("#save-draft");
    await expect(s.page.textContent(error("school.name"))).resolves.toBe("Nombre del CETPRO: ya existe otro con ese código.");
    await s.context.close();
  });

  it("no double submit: a second click while saving sends nothing", async () => {
    const s = await openSidebar(browser, server.url);
    await fillGeneral(s.page);
    s.bridge.delayMs = 600;
    await s.page.click("#save-draft");
    await expect(s.page.isDisabled("#save-draft")).resolves.toBe(true);
    await s.page.click("#save-complete", { force: true }).catch(() => undefined);
    await s.page.waitForSelector(".save-state.saved");
    expect(s.bridge.calls.filter((c) => c === "saveVisit")).toHaveLength(1);
    expect(consolidado(s.bundle)).toHaveLength(1);
    await s.context.close();
  });

  it("what is typed survives closing and reopening the sidebar before saving", async () => {
    const s = await openSidebar(browser, server.url);
    await fillGeneral(s.page);
    await s.page.selectOption("#section-select", "s41");
    await s.page.check('input[name="r-4.1.1.2"][value="1"]');
    await s.page.close();
    const again = await s.reopen();
    await expect(again.inputValue(field("school.name"))).resolves.toBe("CETPRO Santa Rosa");
    await expect(again.textContent("#notice")).resolves.toMatch(/Se recuperó lo que escribió/);
    await expect(again.isChecked('input[name="r-4.1.1.2"][value="1"]')).resolves.toBe(true);
    await s.context.close();
  });
});

describe("safety and access", () => {
  it("shows a CETPRO named <img src=x onerror=alert(1)> as text and runs nothing", async () => {
    const bundle = loadBundle();
    const evil = "<img src=x onerror=alert(1)>";
    bundle.call("saveVisit", { instrument: "cap-etp-2024", status: "draft", visitDate: "2024-08-08", school: { code: "000666", name: evil }, specialist: "<b>x</b>" });
    const s = await openSidebar(browser, server.url, bundle);
    let dialogs = 0;
    s.page.on("dialog", (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await s.page.click("#toggle-visits");
    await expect(s.page.textContent("#visit-list")).resolves.toContain(evil);
    await expect(s.page.locator("img").count()).resolves.toBe(0);
    await expect(s.page.locator("b").count()).resolves.toBe(0);
    await s.page.click("#visit-list button.visit");
    await expect(s.page.inputValue(field("school.name"))).resolves.toBe(evil);
    await expect(s.page.locator("img").count()).resolves.toBe(0);
    expect(dialogs).toBe(0);
    await s.context.close();
  });

  it("labels every input", async () => {
    const s = await openSidebar(browser, server.url);
    const unlabelled = await s.page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLInputElement>("input, textarea, select"))
        .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute("aria-label"))
        .map((el) => el.id || el.name),
    );
    expect(unlabelled).toEqual([]);
    await s.context.close();
  });

  it("works with the keyboard alone: type, rate with arrow keys, save", async () => {
    const s = await openSidebar(browser, server.url);
    const { page } = s;
    await page.focus(field("school.code"));
    await page.keyboard.type("012345");
    await page.keyboard.press("Tab");
    await page.keyboard.type("CETPRO Teclado");
    await page.keyboard.press("Tab");
    await page.keyboard.type("05102024");
    await page.focus("#section-select");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(page.isVisible('[id="item-4.1.1.1"]')).resolves.toBe(true);
    await page.focus('input[name="r-4.1.1.1"][value="0"]');
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(page.textContent('[id="level-4.1.1.1"]')).resolves.toBe("En proceso");
    await page.focus("#save-draft");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".save-state.saved");
    const visit = s.bundle.call<{ school: { name: string }; ratings: Record<string, number>; visitDate: string }>(
      "getVisit",
      consolidado(s.bundle)[0][0],
    );
    expect(visit.school.name).toBe("CETPRO Teclado");
    expect(visit.ratings["4.1.1.1"]).toBe(2);
    await s.context.close();
  });
});
