// The google.script.run stand-in injected into the sidebar page: each call goes to window.__gasCall.
// Browser tests define __gasCall with Playwright's exposeFunction; the local preview with fetch().

export const GAS_RUN_SHIM = `(() => {
  function runner(success, failure) {
    return new Proxy({}, { get(_t, prop) {
      if (prop === "withSuccessHandler") return (fn) => runner(fn, failure);
      if (prop === "withFailureHandler") return (fn) => runner(success, fn);
      if (prop === "withUserObject") return () => runner(success, failure);
      return (...args) => {
        Promise.resolve()
          .then(() => window.__gasCall(String(prop), JSON.stringify(args)))
          .then((text) => {
            const out = JSON.parse(text);
            if ("error" in out) { if (failure) failure(new Error(out.error)); }
            else if (success) success(out.value);
          })
          .catch((error) => { if (failure) failure(error instanceof Error ? error : new Error(String(error))); });
      };
    } });
  }
  window.google = { script: { run: runner(null, null), host: { close() {}, editor: { focus() {} } } } };
})();`;

/** The transport of the local preview: POST /api/run/<name> with the arguments as JSON. */
export const FETCH_TRANSPORT = `window.__gasCall = (name, args) =>
  fetch("/api/run/" + encodeURIComponent(name), { method: "POST", headers: { "content-type": "application/json" }, body: args })
    .then((response) => { if (!response.ok) throw new Error("HTTP " + response.status); return response.text(); });`;
