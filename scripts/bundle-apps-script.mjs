// Bundles an entry module for Apps Script: an IIFE plus one top-level function per export.
import { build } from "esbuild";

/**
 * Apps Script sees only top-level function declarations (menus, triggers, google.script.run). A first
 * pass reads the entry's export names; the second builds an IIFE (globalName __app) and a footer with
 * `function NAME(...args) { return __app.NAME(...args); }` for each.
 */
export async function bundleAppsScript({ entry, outfile }) {
  const probe = await build({ entryPoints: [entry], bundle: true, format: "esm", metafile: true, write: false, outdir: "/tmp", logLevel: "silent" });
  const names = (Object.values(probe.metafile.outputs).find((o) => o.entryPoint)?.exports ?? []).slice().sort();
  if (names.length === 0) throw new Error(`${entry} exports nothing`);
  await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    globalName: "__app",
    target: "es2020",
    outfile,
    footer: { js: names.map((name) => `function ${name}(...args) { return __app.${name}(...args); }`).join("\n") },
    legalComments: "none",
    logLevel: "warning",
  });
  return names;
}
