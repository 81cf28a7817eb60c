// The local preview's HTTP server: the page, the real sidebar, google.script.run over HTTP, the sheet views.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FETCH_TRANSPORT, GAS_RUN_SHIM } from "../../test/support/gas-run-shim";
import { visitPdf } from "./print";
import { sheetView } from "./sheet-view";
import { openWorkbook, type LocalWorkbook } from "./workbook";

export interface Preview {
  url: string;
  workbook: LocalWorkbook;
  close(): Promise<void>;
}

const PAGE = new URL("./page.html", import.meta.url);
const SIDEBAR = new URL("../../dist/Sidebar.html", import.meta.url);

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, type: string, content: string): void {
  res.writeHead(status, { "content-type": `${type}; charset=utf-8`, "cache-control": "no-store" });
  res.end(content);
}

const json = (res: ServerResponse, value: unknown, status = 200) => send(res, status, "application/json", JSON.stringify(value));

/** The sidebar exactly as built, with google.script.run carried over HTTP to the bundle. */
function sidebarPage(): string {
  const html = readFileSync(SIDEBAR, "utf8");
  return html.replace("<head>", () => `<head><script>${FETCH_TRANSPORT}\n${GAS_RUN_SHIM}</script>`);
}

export async function startPreview(options: { file?: string; port?: number; host?: string } = {}): Promise<Preview> {
  const workbook = await openWorkbook(options.file);
  const book = workbook.bundle.fake.spreadsheet;
  let version = 0;

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      const path = url.pathname;
      if (req.method === "GET" && path === "/") return send(res, 200, "text/html", readFileSync(PAGE, "utf8"));
      if (req.method === "GET" && path === "/sidebar") return send(res, 200, "text/html", sidebarPage());
      if (req.method === "POST" && path.startsWith("/api/run/")) {
        const name = decodeURIComponent(path.slice("/api/run/".length));
        if (!/^[A-Za-z]\w*$/.test(name) || name.endsWith("_")) return json(res, { error: `No existe la función ${name}` }, 404);
        try {
          const value = await workbook.run(name, JSON.parse((await body(req)) || "[]") as unknown[]);
          version += 1;
          return json(res, { value });
        } catch (error) {
          return json(res, { error: (error as Error).message });
        }
      }
      if (req.method === "GET" && path === "/api/state") {
        return json(res, {
          version,
          file: workbook.file,
          active: book.activeSheetName(),
          sheets: book.sheetNames().map((name) => ({ name, hidden: book.sheet(name).hidden })),
        });
      }
      if (req.method === "GET" && path === "/api/sheet") {
        const name = url.searchParams.get("name") ?? "";
        if (!book.hasSheet(name)) return json(res, { error: `No existe la hoja «${name}»` }, 404);
        return json(res, sheetView(book, name));
      }
      if (req.method === "POST" && path === "/api/activate") {
        const { name } = JSON.parse(await body(req)) as { name: string };
        if (!book.hasSheet(name)) return json(res, { error: `No existe la hoja «${name}»` }, 404);
        book.select(name, "A1");
        return json(res, { ok: true });
      }
      if (req.method === "POST" && path === "/api/import") {
        const onlyValid = url.searchParams.get("soloValidas") === "1";
        let records: unknown;
        try {
          records = JSON.parse(await body(req));
        } catch {
          return json(res, { ok: false, imported: [], rejected: [{ index: 0, label: "Archivo", errors: [{ path: "", message: "El archivo no es JSON válido." }] }] });
        }
        const result = await workbook.run("importVisits", [records, { onlyValid }]);
        version += 1;
        return json(res, result);
      }
      if (req.method === "GET" && path === "/api/pdf") {
        const name = url.searchParams.get("sheet") ?? "";
        if (!book.hasSheet(name)) return json(res, { error: `No existe la hoja «${name}»` }, 404);
        try {
          const pdf = await visitPdf(book, name);
          res.writeHead(200, { "content-type": "application/pdf", "content-disposition": `inline; filename="${encodeURIComponent(name)}.pdf"` });
          return res.end(pdf);
        } catch (error) {
          return send(res, 501, "text/plain", (error as Error).message);
        }
      }
      if (req.method === "GET" && path === "/api/export") {
        const records = await workbook.run("exportVisits", []);
        res.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-disposition": 'attachment; filename="fichas-cap.json"' });
        return res.end(JSON.stringify(records, null, 2));
      }
      send(res, 404, "text/plain", "No encontrado");
    } catch (error) {
      send(res, 500, "text/plain", `Error: ${(error as Error).message}`);
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const { port, address } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}/`,
    workbook,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }).then(() => workbook.persist()),
  };
}
