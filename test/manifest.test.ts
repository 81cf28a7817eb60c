// The Apps Script manifest that clasp pushes: runtime, time zone, scopes and the advanced Sheets service.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const manifest = JSON.parse(readFileSync(new URL("../dist/appsscript.json", import.meta.url), "utf8"));

describe("dist/appsscript.json", () => {
  it("runs on V8 in Lima's time zone", () => {
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.timeZone).toBe("America/Lima");
  });

  it("asks only for the scopes the README explains", () => {
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets",
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/userinfo.email",
    ]);
  });

  it("enables the advanced Sheets service as Sheets v4", () => {
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([{ userSymbol: "Sheets", version: "v4", serviceId: "sheets" }]);
  });
});

describe("clasp push", () => {
  it("sends exactly the built bundle, the manifest and the sidebar", async () => {
    const { execFile } = await import("node:child_process");
    const { promisify } = await import("node:util");
    const { stdout } = await promisify(execFile)("npx", ["clasp", "show-file-status", "--json"], { timeout: 60_000 });
    const status = JSON.parse(stdout) as { filesToPush: string[] };
    expect(status.filesToPush.sort()).toEqual(["dist/Code.js", "dist/Sidebar.html", "dist/appsscript.json"]);
  });
});
