// Real headless Chromium (Debian's) showing the built Sidebar.html, with google.script.run bridged to dist/Code.js.
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { loadBundle, type LoadedBundle } from "./bundle";
import { GAS_RUN_SHIM } from "./gas-run-shim";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function chromiumPath(): string {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No se encontró Chromium en ${CHROMIUM_PATH}. Las pruebas del navegador lo necesitan: instálelo con «apt-get install -y chromium» (o indique CHROMIUM_PATH).`,
    );
  }
  return CHROMIUM_PATH;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Serves dist/Sidebar.html on loopback, as HtmlService serves it (one self-contained page). */
export async function serveSidebar(): Promise<{ url: string; close(): Promise<void> }> {
  const html = readFileSync(new URL("../../dist/Sidebar.html", import.meta.url), "utf8");
  const server: Server = createServer((req, res) => {
    if (req.url === "/sidebar") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(html);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/sidebar`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** How the bridge behaves, so a test can make the server fail the way Apps Script does. */
export interface BridgeControl {
  /** The next calls of these functions fail as a lost connection / server exception would. */
  failNext: Map<string, string>;
  /** Milliseconds each call takes. */
  delayMs: number;
  /** A canned answer for the next call of a function, instead of running it. */
  respondNext: Map<string, unknown>;
  calls: string[];
}



export interface SidebarSession {
  page: Page;
  context: BrowserContext;
  bundle: LoadedBundle;
  bridge: BridgeControl;
  url: string;
  /** Opens the sidebar again in the same browser profile (as closing and reopening it). */
  reopen(): Promise<Page>;
}

/** A fresh browser profile showing the sidebar, its google.script.run calls running dist/Code.js. */
export async function openSidebar(browser: Browser, url: string, bundle: LoadedBundle = loadBundle()): Promise<SidebarSession> {
  const context = await browser.newContext({ viewport: { width: 300, height: 700 }, locale: "es-PE" });
  const bridge: BridgeControl = { failNext: new Map(), delayMs: 0, calls: [], respondNext: new Map() };
  await context.route("**/*", (route) => (route.request().url().startsWith(url) ? route.continue() : route.abort()));
  await context.exposeFunction("__gasCall", async (name: string, args: string) => {
    bridge.calls.push(name);
    if (bridge.delayMs) await new Promise((resolve) => setTimeout(resolve, bridge.delayMs));
    const failure = bridge.failNext.get(name);
    if (failure !== undefined) {
      bridge.failNext.delete(name);
      return JSON.stringify({ error: failure });
    }
    if (bridge.respondNext.has(name)) {
      const value = bridge.respondNext.get(name);
      bridge.respondNext.delete(name);
      return JSON.stringify({ value });
    }
    try {
      return JSON.stringify({ value: bundle.call(name, ...(JSON.parse(args) as unknown[])) });
    } catch (error) {
      return JSON.stringify({ error: (error as Error).message });
    }
  });
  await context.addInitScript(GAS_RUN_SHIM);
  const open = async () => {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "domcontentloaded" });
    await page.waitForSelector("body[data-ready]");
    return page;
  };
  const page = await open();
  return { page, context, bundle, bridge, url, reopen: open };
}
