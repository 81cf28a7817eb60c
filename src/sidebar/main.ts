// The sidebar: fill the ficha section by section, check as you type, save, reopen and correct visits.
import { currentInstrument } from "../form";
import { NO_AUDIT, describeAudit, reviewLabel, validateVisit, type FieldIssue, type School, type VisitRecord } from "../record";
import type { SidebarData } from "../gas/sidebar-data";
import type { VisitListEntry } from "../gas/read-visits";
import { byId, h, setText } from "./dom";
import { loadDraft, storeDraft } from "./draft-store";
import { cloneRecord, clearRating, emptyRecord, fingerprint, readPath, writeControl, type ControlKind } from "./record-state";
import { buildSections, controlId, errorId, itemId, sectionOfPath, type SidebarSection } from "./sections";
import { callServer } from "./server";
import { viewModel } from "./view-model";

interface State {
  record: VisitRecord;
  today: string;
  savedFingerprint: string;
  savedAt: string;
  sheetName: string;
  saving: boolean;
  /** The status the user last tried to save with: errors are checked against it. */
  attempted: VisitRecord["status"] | null;
  touched: Set<string>;
  serverErrors: FieldIssue[];
  catalogue: School[];
  visits: VisitListEntry[];
  section: string;
  /** An action waiting for a second click because it would discard unsaved changes. */
  pendingDiscard: string | null;
}

const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

const stored = loadDraft();
const state: State = {
  record: stored?.record ?? emptyRecord(localToday(), ""),
  today: localToday(),
  savedFingerprint: stored?.savedFingerprint ?? "",
  savedAt: stored?.savedAt ?? "",
  sheetName: stored?.sheetName ?? "",
  saving: false,
  attempted: null,
  touched: new Set(),
  serverErrors: [],
  catalogue: [],
  visits: [],
  section: "general",
  pendingDiscard: null,
};

const sections: SidebarSection[] = buildSections();
const dirty = () => fingerprint(state.record) !== state.savedFingerprint;
const isPristineNew = () => !state.record.id && fingerprint(state.record) === fingerprint(emptyRecord(state.record.visitDate, state.record.specialist));

// ---- layout -------------------------------------------------------------------------------------

function skeleton(): HTMLElement {
  const select = h("select", { id: "section-select", "aria-label": "Sección de la ficha" }, ...sections.map((s) => h("option", { value: s.id }, s.title)));
  return h(
    "div",
    { id: "app" },
    h(
      "header",
      { class: "block" },
      h("div", { class: "toolbar" }, h("button", { type: "button", id: "new-visit" }, "Nueva ficha"), h("button", { type: "button", id: "toggle-visits", "aria-expanded": "false", "aria-controls": "visits-panel" }, "Visitas guardadas")),
      h("div", { id: "save-state", class: "save-state", role: "status", "aria-live": "polite" }),
      h("div", { id: "notice", class: "notice", role: "alert" }),
      h("div", { id: "active-offer", class: "offer", hidden: true }),
    ),
    h(
      "section",
      { id: "visits-panel", class: "block panel", hidden: true, "aria-label": "Visitas guardadas" },
      h("label", { for: "visit-filter" }, "Buscar por CETPRO, código, REI o especialista"),
      h("input", { id: "visit-filter", type: "search", autocomplete: "off" }),
      h("ul", { id: "visit-list", class: "visit-list" }),
    ),
    h(
      "div",
      { class: "block progress-box" },
      h("label", { for: "progress", id: "progress-text" }, ""),
      h("progress", { id: "progress", max: 40, value: 0 }),
      h("div", { id: "missing", class: "missing" }),
    ),
    h("nav", { class: "block section-nav", "aria-label": "Secciones" }, h("button", { type: "button", id: "prev-section", "aria-label": "Sección anterior" }, "‹"), select, h("button", { type: "button", id: "next-section", "aria-label": "Sección siguiente" }, "›")),
    h("form", { id: "ficha", novalidate: true, autocomplete: "off" }, ...sections.map((s) => h("section", { id: `section-${s.id}`, class: "ficha-section", hidden: true }, h("h2", { tabindex: -1 }, s.title), s.element))),
    h("datalist", { id: "cetpro-codes" }),
    h("datalist", { id: "cetpro-names" }),
    h("div", { id: "general-errors", class: "error block", role: "alert" }),
    h("ul", { id: "warnings", class: "warnings" }),
    h(
      "footer",
      { class: "block footer" },
      h("button", { type: "button", id: "save-draft" }, "Guardar borrador"),
      h("button", { type: "button", id: "save-complete", class: "action" }, "Guardar ficha completa"),
    ),
  );
}

// ---- state → screen -----------------------------------------------------------------------------

function controls(): (HTMLInputElement | HTMLTextAreaElement)[] {
  return Array.from(document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("[data-path]"));
}

function fillControls(): void {
  for (const el of controls()) {
    const path = el.dataset.path!;
    const value = readPath(state.record, path);
    switch (el.dataset.kind as ControlKind) {
      case "text":
      case "count":
        el.value = value === undefined || value === null || Number.isNaN(value) ? "" : String(value);
        break;
      case "choice":
        (el as HTMLInputElement).checked = Array.isArray(value) && value.includes(el.value);
        break;
      case "rating":
        (el as HTMLInputElement).checked = value !== undefined && String(value) === el.value;
        break;
    }
  }
}

function showSection(id: string, focus = false): void {
  state.section = id;
  for (const s of sections) byId(`section-${s.id}`).hidden = s.id !== id;
  (byId<HTMLSelectElement>("section-select")).value = id;
  if (focus) byId(`section-${id}`).querySelector<HTMLElement>("h2")?.focus();
}

function jumpTo(path: string): void {
  showSection(sectionOfPath(path));
  const code = path.startsWith("ratings.") ? path.slice("ratings.".length) : null;
  const target = code ? document.getElementById(itemId(code)) : document.getElementById(controlId(path)) ?? document.querySelector(`[data-path="${CSS.escape(path)}"]`);
  if (!target) return;
  target.scrollIntoView({ block: "center" });
  const focusable = target.matches("input, textarea, select") ? target : target.querySelector<HTMLElement>("input:checked, input");
  (focusable as HTMLElement | null)?.focus();
}

function renderErrors(errors: FieldIssue[]): void {
  const byPath = new Map<string, string[]>();
  for (const e of errors) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e.message]);
  for (const slot of Array.from(document.querySelectorAll<HTMLElement>(".field-error"))) {
    const path = slot.id.slice("err-".length);
    const shown = state.touched.has(path) || state.attempted !== null ? byPath.get(path) : undefined;
    setText(slot, shown ? shown.join(" ") : "");
    const input = document.getElementById(controlId(path));
    if (input) input.setAttribute("aria-invalid", shown ? "true" : "false");
    slot.closest("fieldset.item")?.classList.toggle("has-error", Boolean(shown));
  }
  const general = errors.filter((e) => !document.getElementById(errorId(e.path)));
  setText(byId("general-errors"), state.attempted !== null ? general.map((e) => e.message).join(" ") : "");
}

function renderSaveState(): void {
  const el = byId("save-state");
  el.className = "save-state";
  if (state.saving) {
    setText(el, "Guardando…");
    el.classList.add("saving");
  } else if (state.savedFingerprint && !dirty()) {
    const kind = state.record.status === "complete" ? "ficha completa" : "borrador";
    setText(el, `✓ Guardada como ${kind} a las ${state.savedAt} en la hoja «${state.sheetName}».`);
    el.classList.add("saved");
  } else if (isPristineNew()) {
    setText(el, "Ficha nueva, sin datos todavía.");
  } else {
    setText(el, state.savedFingerprint ? "Cambios sin guardar (se conservan en este navegador)." : "Sin guardar (lo escrito se conserva en este navegador).");
    el.classList.add("unsaved");
  }
  for (const id of ["save-draft", "save-complete"]) (byId<HTMLButtonElement>(id)).disabled = state.saving;
}

function refresh(): void {
  const vm = viewModel(state.record, state.today, state.attempted === "complete" ? "complete" : "draft");
  setText(byId("progress-text"), vm.progressText);
  (byId<HTMLProgressElement>("progress")).value = vm.rated;
  const missing = byId("missing");
  const jumps = vm.missing.slice(0, 12).map((code) => h("button", { type: "button", class: "link", "data-jump": `ratings.${code}` }, code));
  missing.replaceChildren(
    h("span", {}, vm.missing.length ? `${vm.missingText.split(":")[0]}: ` : vm.missingText),
    ...jumps,
    ...(vm.missing.length > 12 ? [h("span", {}, "…")] : []),
  );
  for (const [code, label] of Object.entries(vm.itemLabels)) setText(byId(`level-${code}`), label);
  for (const d of vm.dimensions) setText(byId(`dimlevel-${d.code}`), d.text);
  for (const [role, total] of Object.entries(vm.staffRoleTotals)) setText(byId(`total-staff-${role}`), String(total));
  setText(byId("total-staff-aux"), String(vm.staff.auxiliarBasico));
  setText(byId("total-staff-tec"), String(vm.staff.tecnicoMedio));
  setText(byId("total-staff"), String(vm.staff.total));
  setText(byId("total-enrolled"), String(vm.students.enrolled));
  setText(byId("total-attending"), String(vm.students.attending));
  renderErrors([...vm.errors, ...state.serverErrors.filter((e) => !vm.errors.some((v) => v.path === e.path))]);
  renderSaveState();
  storeDraft({ record: state.record, savedFingerprint: state.savedFingerprint, savedAt: state.savedAt, sheetName: state.sheetName });
}

function notice(text: string, kind: "info" | "error" = "info"): void {
  const el = byId("notice");
  el.className = `notice ${kind === "error" ? "error" : "gray"}`;
  setText(el, text);
}

function renderWarnings(warnings: FieldIssue[]): void {
  byId("warnings").replaceChildren(...warnings.map((w) => h("li", { class: "secondary" }, h("button", { type: "button", class: "link", "data-jump": w.path }, w.message))));
}

// ---- catalogue and saved visits -----------------------------------------------------------------

function renderCatalogue(): void {
  byId("cetpro-codes").replaceChildren(...state.catalogue.map((s) => h("option", { value: s.code }, s.name)));
  byId("cetpro-names").replaceChildren(...state.catalogue.filter((s) => s.name).map((s) => h("option", { value: s.name }, s.code)));
}

/** Fills the CETPRO's empty fields from the catalogue once its code or exact name is known. */
function completeFromCatalogue(by: "code" | "name"): void {
  const school = state.record.school;
  const key = school[by].trim();
  const found = key ? state.catalogue.find((s) => (by === "code" ? s.code === key : s.name.toLowerCase() === key.toLowerCase())) : undefined;
  if (!found) return;
  for (const field of ["code", "name", "rei", "director", "website"] as const) if (!school[field].trim()) school[field] = found[field];
  if (found.ugel) school.ugel = found.ugel;
  fillControls();
}

function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return d ? `${d}/${m}/${y}` : iso;
}

function renderVisits(): void {
  const filter = (byId<HTMLInputElement>("visit-filter")).value.trim().toLowerCase();
  const shown = state.visits.filter((v) => !filter || [v.schoolCode, v.schoolName, v.specialist, v.rei].some((f) => f.toLowerCase().includes(filter)));
  byId("visit-list").replaceChildren(
    ...(shown.length
      ? shown.map((v) =>
          h(
            "li",
            {},
            h(
              "button",
              { type: "button", class: "visit", "data-open": v.id },
              h("strong", {}, `${formatDate(v.visitDate)} · ${v.schoolCode}`),
              ` ${v.schoolName || "(sin nombre)"}`,
              h("span", { class: "gray" }, ` — ${v.status === "complete" ? "Completa" : "Borrador"}${v.review?.status ? ` · ${reviewLabel(v.review.status)}` : ""}${v.specialist ? ` · ${v.specialist}` : ""}`),
            ),
          ),
        )
      : [h("li", { class: "gray" }, state.visits.length ? "Ninguna visita coincide." : "Todavía no hay visitas guardadas.")]),
  );
  setText(byId("toggle-visits"), `Visitas guardadas (${state.visits.length})`);
}

/** The sidebar shows the current version of the ficha; a visit of another version is edited in its sheet. */
function otherVersion(record: VisitRecord, sheetName: string): boolean {
  const current = currentInstrument().id;
  if (record.instrument === current) return false;
  notice(`Esa visita se llenó con la versión ${record.instrument} de la ficha y esta barra lateral usa ${current}: revísela en su hoja «${sheetName}» y valídela desde el menú.`, "error");
  return true;
}

function load(record: VisitRecord, sheetName: string): void {
  const base = emptyRecord(state.today, record.specialist);
  state.record = { ...base, ...cloneRecord(record), school: { ...base.school, ...record.school } };
  state.savedFingerprint = fingerprint(state.record);
  state.savedAt = "la última vez";
  state.sheetName = sheetName;
  state.attempted = null;
  state.touched.clear();
  state.serverErrors = [];
  state.pendingDiscard = null;
  renderWarnings([]);
  fillControls();
  showSection("general");
  refresh();
}

/** Discarding unsaved work takes a second click on the same action. */
function confirmDiscard(action: string, what: string): boolean {
  if (!dirty() || isPristineNew() || state.pendingDiscard === action) {
    state.pendingDiscard = null;
    return true;
  }
  state.pendingDiscard = action;
  notice(`Tiene cambios sin guardar. Guárdelos, o pulse otra vez «${what}» para descartarlos.`, "error");
  return false;
}

async function openVisit(id: string): Promise<void> {
  if (!confirmDiscard(`open:${id}`, "la visita")) return;
  notice("Abriendo la visita…");
  try {
    const record = await callServer("getVisit", id);
    if (!record) {
      notice("Esa visita ya no existe en la hoja de cálculo (¿se borró su hoja?).", "error");
      return;
    }
    const entry = state.visits.find((v) => v.id === id);
    const sheetName = entry?.sheetName ?? "";
    if (otherVersion(record, sheetName)) return;
    load(record, sheetName);
    const review = entry?.review?.status
      ? ` Revisión del coordinador(a): ${reviewLabel(entry.review.status)}${entry.review.comment ? ` — «${entry.review.comment}»` : ""}.`
      : "";
    const audit = describeAudit(entry?.audit);
    notice(
      `Visita abierta: ${record.school.code} ${record.school.name}, ${formatDate(record.visitDate)}. Al guardar se actualiza la misma hoja.${review}${audit ? ` ${audit}` : ""}`,
      entry?.review?.status === "observada" ? "error" : "info",
    );
    byId("visits-panel").hidden = true;
    byId("toggle-visits").setAttribute("aria-expanded", "false");
  } catch (error) {
    notice(`No se pudo abrir la visita (${(error as Error).message}). Revise su conexión y vuelva a intentarlo.`, "error");
  }
}

function newVisit(): void {
  if (!confirmDiscard("new", "Nueva ficha")) return;
  state.record = emptyRecord(state.today, state.record.specialist);
  state.savedFingerprint = "";
  state.sheetName = "";
  state.attempted = null;
  state.touched.clear();
  state.serverErrors = [];
  renderWarnings([]);
  fillControls();
  showSection("general", true);
  notice("Ficha nueva.");
  refresh();
}

// ---- saving -------------------------------------------------------------------------------------

async function save(status: VisitRecord["status"]): Promise<void> {
  if (state.saving) return;
  state.attempted = status;
  state.serverErrors = [];
  const candidate = { ...cloneRecord(state.record), status };
  const local = validateVisit(candidate, { today: state.today });
  if (!local.ok) {
    refresh();
    notice(`No se guardó: revise ${local.errors.length === 1 ? "1 campo" : `${local.errors.length} campos`} marcados en rojo.`, "error");
    jumpTo(local.errors[0].path);
    return;
  }
  state.saving = true;
  refresh();
  try {
    const result = await callServer("saveVisit", candidate);
    if (result.ok) {
      state.record.id = result.id;
      state.record.status = status;
      state.savedFingerprint = fingerprint(state.record);
      state.savedAt = new Date().toLocaleTimeString("es-PE", { hour: "2-digit", minute: "2-digit" });
      state.sheetName = result.sheetName;
      state.attempted = null;
      const previous = state.visits.find((v) => v.id === result.id);
      const entry: VisitListEntry = {
        review: previous?.review ?? { status: "", comment: "", date: "" },
        audit: result.audit ?? previous?.audit ?? NO_AUDIT,
        id: result.id,
        sheetName: result.sheetName,
        schoolCode: local.record.school.code,
        schoolName: local.record.school.name,
        visitDate: local.record.visitDate,
        status,
        specialist: local.record.specialist,
        rei: local.record.school.rei,
      };
      state.visits = [entry, ...state.visits.filter((v) => v.id !== result.id)].sort((a, b) => (a.visitDate < b.visitDate ? 1 : a.visitDate > b.visitDate ? -1 : 0));
      renderVisits();
      renderWarnings(result.warnings);
      notice(result.warnings.length ? "Guardada. Revise los avisos de abajo (no impiden guardar)." : "Guardada.");
    } else {
      state.serverErrors = result.errors;
      notice(`No se guardó: ${result.errors.map((e) => e.message).join(" ")}`, "error");
      const first = result.errors.find((e) => e.path);
      if (first) jumpTo(first.path);
    }
  } catch (error) {
    notice(`No se pudo guardar: se perdió la conexión con Google Sheets o el servidor no respondió (${(error as Error).message}). Lo que escribió sigue aquí y en este navegador: vuelva a pulsar «Guardar» en unos segundos.`, "error");
  } finally {
    state.saving = false;
    refresh();
  }
}

// ---- events -------------------------------------------------------------------------------------

function onEdit(event: Event): void {
  const el = event.target as HTMLInputElement | HTMLTextAreaElement;
  const path = el.dataset?.path;
  if (!path) return;
  writeControl(state.record, path, el.dataset.kind as ControlKind, el);
  if (event.type === "change" || el.dataset.kind !== "text") state.touched.add(path);
  state.serverErrors = state.serverErrors.filter((e) => e.path !== path);
  state.pendingDiscard = null;
  if (event.type === "change" && path === "school.code") completeFromCatalogue("code");
  if (event.type === "change" && path === "school.name") completeFromCatalogue("name");
  refresh();
}

function onClick(event: Event): void {
  const target = (event.target as HTMLElement).closest<HTMLElement>("button");
  if (!target) return;
  if (target.dataset.jump) jumpTo(target.dataset.jump);
  else if (target.dataset.clear) {
    clearRating(state.record, target.dataset.clear);
    state.touched.add(`ratings.${target.dataset.clear}`);
    fillControls();
    refresh();
  } else if (target.dataset.open) void openVisit(target.dataset.open);
  else if (target.dataset.offer) {
    const data = offered;
    if (data && !otherVersion(data.record, data.sheetName) && confirmDiscard("offer", "Abrir esta visita")) {
      load(data.record, data.sheetName);
      byId("active-offer").hidden = true;
      notice("Visita de la hoja activa abierta.");
    }
  }
}

let offered: { record: VisitRecord; sheetName: string } | null = null;

function offerActive(record: VisitRecord | null): void {
  const el = byId("active-offer");
  if (!record || record.id === state.record.id) return;
  offered = { record, sheetName: state.visits.find((v) => v.id === record.id)?.sheetName ?? "" };
  el.replaceChildren(
    h("span", {}, `La hoja activa es la visita a ${record.school.code} ${record.school.name} del ${formatDate(record.visitDate)}. `),
    h("button", { type: "button", "data-offer": "1" }, "Abrir esta visita"),
  );
  el.hidden = false;
}

function wire(): void {
  const form = byId("ficha");
  form.addEventListener("input", onEdit);
  form.addEventListener("change", onEdit);
  document.addEventListener("click", onClick);
  byId("save-draft").addEventListener("click", () => void save("draft"));
  byId("save-complete").addEventListener("click", () => void save("complete"));
  byId("new-visit").addEventListener("click", newVisit);
  byId("toggle-visits").addEventListener("click", () => {
    const panel = byId("visits-panel");
    panel.hidden = !panel.hidden;
    byId("toggle-visits").setAttribute("aria-expanded", String(!panel.hidden));
    if (!panel.hidden) byId("visit-filter").focus();
  });
  byId("visit-filter").addEventListener("input", renderVisits);
  const select = byId<HTMLSelectElement>("section-select");
  // Focus stays where the user is (on the list or the arrows), so the keys keep working.
  select.addEventListener("change", () => showSection(select.value));
  select.addEventListener("input", () => showSection(select.value));
  const step = (delta: number) => {
    const i = sections.findIndex((s) => s.id === state.section);
    showSection(sections[Math.min(sections.length - 1, Math.max(0, i + delta))].id);
  };
  byId("prev-section").addEventListener("click", () => step(-1));
  byId("next-section").addEventListener("click", () => step(1));
}

async function start(): Promise<void> {
  document.body.append(skeleton());
  wire();
  fillControls();
  showSection("general");
  renderVisits();
  refresh();
  if (stored && !isPristineNew()) notice(dirty() ? "Se recuperó lo que escribió antes de cerrar la barra lateral (todavía sin guardar)." : "Se abrió la última ficha con la que trabajó.");
  try {
    const data: SidebarData = await callServer("getSidebarData");
    state.today = data.today;
    state.catalogue = data.catalogue;
    state.visits = data.visits;
    if (!state.record.specialist && data.specialist) {
      state.record.specialist = data.specialist;
      if (!state.savedFingerprint) fillControls();
    }
    (byId<HTMLInputElement>(controlId("visitDate"))).max = data.today;
    renderCatalogue();
    renderVisits();
    offerActive(data.activeVisit);
    refresh();
    document.body.dataset.ready = "true";
  } catch (error) {
    notice(`No se pudo leer la hoja de cálculo (${(error as Error).message}). Puede seguir escribiendo: lo escrito se conserva en este navegador.`, "error");
    document.body.dataset.ready = "offline";
  }
}

void start();
