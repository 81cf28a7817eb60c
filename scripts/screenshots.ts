// Makes the README's pictures of Evolución and Historial: sample visits saved by three people through the
// built bundle, opened in the local preview and photographed in Chromium.
// Run: npm run build && npx tsx scripts/screenshots.ts
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { loadBundle } from "../test/support/bundle";
import { completeVisit, draftVisit, ratingsAll, ratingsPattern } from "../test/support/records";
import { saveWorkbook } from "../test/support/xlsx/workbook-file";
import { startPreview } from "./preview/server";

const bundle = loadBundle({ advancedSheets: true });
const save = (record: unknown) => bundle.call<{ id: string }>("saveVisit", record).id;
const school = (code: string, name: string, rei: string) => ({ code, name, ugel: "02", rei, director: "Dirección del CETPRO", website: "" });
const santaRosa = school("012345", "CETPRO Santa Rosa", "REI 05");
const sanMartin = school("054321", "CETPRO San Martín de Porres", "REI 03");

bundle.fake.signIn("ana.quispe@ugel02.gob.pe");
const first = save(completeVisit({ school: santaRosa, ratings: ratingsAll(1), visitDate: "2024-04-15", specialist: "Ana Quispe" }));
save(completeVisit({ school: santaRosa, ratings: ratingsPattern([2, 3, 1, 2]), visitDate: "2024-10-05", specialist: "Ana Quispe" }));
bundle.fake.signIn("luis.rojas@ugel02.gob.pe");
save(completeVisit({ school: sanMartin, ratings: ratingsAll(1), visitDate: "2024-09-20", specialist: "Luis Rojas" }));
const later = save(completeVisit({ school: sanMartin, ratings: ratingsPattern([1, 2]), visitDate: "2024-11-08", specialist: "Luis Rojas" }));
save(completeVisit({ school: school("000777", "CETPRO Túpac Amaru", "REI 01"), ratings: ratingsAll(3), visitDate: "2024-10-30", specialist: "Luis Rojas" }));
save({
  ...completeVisit({ school: sanMartin, ratings: { ...ratingsPattern([1, 2]), "4.1.1.1": 3 }, visitDate: "2024-11-08", specialist: "Luis Rojas", observations: "Se revisó el acta de la segunda reunión." }),
  id: later,
});
bundle.fake.signIn("coordinacion.agebatp@ugel02.gob.pe");
bundle.call("reviewVisit", first, "revisada", "Conforme.");

const file = join(mkdtempSync(join(tmpdir(), "ficha-cap-shots-")), "libro.xlsx");
await saveWorkbook(bundle.fake.spreadsheet, file);
const preview = await startPreview({ file, port: 8093, host: "127.0.0.1" });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 2600, height: 900 } });
await page.goto(preview.url);
for (const [tab, name] of [["Evolución", "evolucion"], ["Historial", "historial"]]) {
  await page.click(`#tabs button:text-is("${tab}")`);
  await page.waitForSelector(`[data-sheet="${tab}"]`);
  const box = (await page.locator("#grid table").boundingBox())!;
  await page.screenshot({ path: `docs/${name}.png`, clip: { x: box.x, y: box.y, width: Math.min(box.width, 1500), height: Math.min(box.height, 560) } });
}
await browser.close();
await preview.close();
