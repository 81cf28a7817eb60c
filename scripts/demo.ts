// npm start (until the local preview exists): the real bundle saves sample visits on the in-memory
// spreadsheet, then the terminal shows Consolidado and Resumen as a coordinator would see them.
import { loadBundle } from "../test/support/bundle";
import { completeVisit, draftVisit, ratingsAll, ratingsPattern } from "../test/support/records";

const bundle = loadBundle();
const school = (code: string, name: string, rei: string) => ({ code, name, ugel: "02", rei, director: "Dirección del CETPRO", website: "" });
const visits = [
  completeVisit({ school: school("012345", "CETPRO Santa Rosa", "REI 05"), ratings: ratingsPattern([2, 3, 1, 2]) }),
  completeVisit({ school: school("054321", "CETPRO San Martín de Porres", "REI 03"), ratings: ratingsAll(1), visitDate: "2024-09-20" }),
  completeVisit({ school: school("054321", "CETPRO San Martín de Porres", "REI 03"), ratings: ratingsPattern([1, 2]), visitDate: "2024-11-08" }),
  completeVisit({ school: school("000777", "CETPRO Túpac Amaru", "REI 01"), ratings: ratingsAll(3), visitDate: "2024-10-30" }),
  draftVisit({ school: { code: "000888" } }),
];
for (const visit of visits) {
  const result = bundle.call<{ ok: boolean; sheetName?: string; errors?: { message: string }[] }>("saveVisit", visit);
  console.log(result.ok ? `Guardada: hoja «${result.sheetName}»` : `Rechazada: ${result.errors?.map((e) => e.message).join("; ")}`);
}
const bad = bundle.call<{ ok: boolean; errors: { message: string }[] }>("saveVisit", completeVisit({ ratings: { ...ratingsAll(2), "4.1.1.1": 4 } }));
console.log(`Una ficha con un 4 se rechaza: ${bad.errors[0].message}`);

const book = bundle.fake.spreadsheet;
const show = (title: string, rows: unknown[][], columns: number) => {
  console.log(`\n== ${title} ==`);
  for (const row of rows.filter((r) => r.some((v) => v !== ""))) {
    console.log(row.slice(0, columns).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v))).join(" | "));
  }
};
show("Resumen (primeras columnas)", book.values("Resumen"), 9);
show("Consolidado (primeras columnas)", book.values("Consolidado"), 6);
console.log(`\nHojas: ${book.sheetNames().join(", ")}`);
