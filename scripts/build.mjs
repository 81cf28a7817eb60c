// Builds dist/: Code.js (the Apps Script bundle), appsscript.json and Sidebar.html.
import { build } from "esbuild";
import { bundleAppsScript } from "./bundle-apps-script.mjs";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const entry = join(root, "src/main.ts");
mkdirSync(dist, { recursive: true });

const exportsOf = await bundleAppsScript({ entry, outfile: join(dist, "Code.js") });

copyFileSync(join(root, "appsscript.json"), join(dist, "appsscript.json"));

// The sidebar: its script bundled and inlined, since HtmlService serves a single file.
const sidebarHtml = readFileSync(join(root, "html/Sidebar.html"), "utf8");
const sidebarEntry = join(root, "src/sidebar/main.ts");
let script = "";
if (existsSync(sidebarEntry)) {
  const out = await build({ entryPoints: [sidebarEntry], bundle: true, format: "iife", target: "es2020", write: false, minify: true, legalComments: "none" });
  script = out.outputFiles[0].text.replace(/<\/script/gi, "<\\/script");
}
// A function replacement: the minified script may contain "$&" or "$'", which a string replacement expands.
writeFileSync(join(dist, "Sidebar.html"), sidebarHtml.replace("<!-- SIDEBAR_SCRIPT -->", () => (script ? `<script>${script}</script>` : "")));
console.log(`dist/Code.js: ${exportsOf.length} functions (${exportsOf.join(", ")})`);
