// Makes the README's pictures of Evolución and Historial: sample visits saved through the local preview,
// photographed in Chromium. Run: npx tsx scripts/screenshots.ts (after npm run build).
import { chromium } from "playwright-core";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPreview } from "./preview/server";
import { completeVisit, draftVisit, ratingsAll, ratingsPattern } from "../test/support/records";

const dir = mkdtempSync(join(tmpdir(), "shots-"));
const preview = await startPreview({ file: join(dir, "libro.xlsx"), port: 8093, host: "127.0.0.1" });
const run = async (name: string, ...args: unknown[]) => {
  const res = await fetch(`${preview.url}api/run/${name}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(args) });
  return ((await res.json()) as { value: unknown }).value;
};
const school = (code: string, name: string, rei: string) => ({ code, name, ugel: "02", rei, director: "Dirección del CETPRO", website: "" });
const a = await run("saveVisit", completeVisit({ school: school("012345", "CETPRO Santa Rosa", "REI 05"), ratings: ratingsAll(1), visitDate: "2024-04-15" }));
await run("saveVisit", completeVisit({ school: school("012345", "CETPRO Santa Rosa", "REI 05"), ratings: ratingsPattern([2, 3, 1, 2]), visitDate: "2024-10-05" }));
await run("saveVisit", completeVisit({ school: school("054321", "CETPRO San Martín de Porres", "REI 03"), ratings: ratingsAll(1), visitDate: "2024-09-20" }));
const b = await run("saveVisit", completeVisit({ school: school("054321", "CETPRO San Martín de Porres", "REI 03"), ratings: ratingsPattern([1, 2]), visitDate: "2024-11-08" }));
await run("saveVisit", completeVisit({ school: school("000777", "CETPRO Túpac Amaru", "REI 01"), ratings: ratingsAll(3), visitDate: "2024-10-30" }));
await run("saveVisit", { ...completeVisit({ school: school("054321", "CETPRO San Martín de Porres", "REI 03"), ratings: { ...ratingsPattern([1, 2]), "4.1.1.1": 3 }, visitDate: "2024-11-08", observations: "Se revisó el acta de la segunda reunión." }), id: (b as any).id });
await run("reviewVisit", (a as any).id, "revisada", "Conforme.");
await run("saveVisit", draftVisit({ school: { code: "000888" } }));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage({ viewport: { width: 2600, height: 900 } });
await page.goto(preview.url);
for (const [tab, file] of [["Evolución", "evolucion"], ["Historial", "historial"]]) {
  await page.click(`#tabs button:text-is("${tab}")`);
  await page.waitForSelector(`[data-sheet="${tab}"]`);
  await page.waitForTimeout(300);
  const box = (await page.locator("#grid table").boundingBox())!;
  await page.screenshot({ path: `docs/${file}.png`, clip: { x: box.x, y: box.y, width: Math.min(box.width, 1500), height: Math.min(box.height, 560) } });
}
await browser.close();
await preview.close();
