// The ficha as sidebar sections: every field of the paper form, each with its label and error slot.
import {
  currentInstrument,
  CYCLES,
  ENROLMENT_CYCLES,
  SCALE,
  SHIFTS,
  SPECIALIST_AREA,
  STAFF_CYCLES,
  STAFF_ROLES,
  type Dimension,
  type Section as FormSection,
} from "../form";
import { LIMITS } from "../record/schema";
import { h } from "./dom";
import type { ControlKind } from "./record-state";

export interface SidebarSection {
  id: string;
  title: string;
  element: HTMLElement;
}

export const controlId = (path: string) => `f-${path}`;
export const errorId = (path: string) => `err-${path}`;
export const itemId = (code: string) => `item-${code}`;

function errorSlot(path: string): HTMLElement {
  return h("div", { class: "error field-error", id: errorId(path), "aria-live": "polite" });
}

function control(path: string, kind: ControlKind, attrs: Record<string, string | number | boolean>): HTMLInputElement {
  return h("input", { id: controlId(path), "data-path": path, "data-kind": kind, "aria-describedby": errorId(path), ...attrs });
}

function field(label: string, path: string, input: HTMLElement, hint?: string): HTMLElement {
  return h("div", { class: "block field" }, h("label", { for: controlId(path) }, label), input, hint ? h("div", { class: "gray hint" }, hint) : null, errorSlot(path));
}

function textField(label: string, path: string, attrs: Record<string, string | number | boolean> = {}, hint?: string): HTMLElement {
  return field(label, path, control(path, "text", { type: "text", maxlength: LIMITS.shortText, ...attrs }), hint);
}

function longText(label: string, path: string): HTMLElement {
  const area = h("textarea", {
    id: controlId(path),
    rows: 5,
    maxlength: LIMITS.longText,
    "data-path": path,
    "data-kind": "text",
    "aria-describedby": errorId(path),
  });
  return field(label, path, area);
}

function choices(legend: string, path: string, options: readonly { key: string; label: string }[]): HTMLElement {
  return h(
    "fieldset",
    { class: "block choices", "aria-describedby": errorId(path) },
    h("legend", {}, legend),
    ...options.map((option) =>
      h("label", { class: "inline" }, h("input", { type: "checkbox", value: option.key, "data-path": path, "data-kind": "choice" }), ` ${option.label}`),
    ),
    errorSlot(path),
  );
}

function countInput(path: string, label: string): HTMLInputElement {
  return control(path, "count", { type: "number", min: 0, step: 1, inputmode: "numeric", "aria-label": label, class: "count" });
}

function generalSection(): HTMLElement {
  return h(
    "div",
    {},
    textField("Código local", "school.code", { inputmode: "numeric", maxlength: 6, list: "cetpro-codes", autocomplete: "off", placeholder: "6 dígitos" }, "Escriba el código o el nombre: se completa con el catálogo CETPRO."),
    textField("Nombre del CETPRO", "school.name", { list: "cetpro-names", autocomplete: "off" }),
    field("Fecha de la visita", "visitDate", control("visitDate", "text", { type: "date", required: true })),
    h("div", { class: "row2" }, textField("UGEL", "school.ugel", { maxlength: 2, inputmode: "numeric" }), textField("REI", "school.rei")),
    choices("Ciclos", "cycles", CYCLES),
    choices("Turnos que atiende el CETPRO", "shifts", SHIFTS.map((s) => ({ key: s.key, label: `${s.key} (${s.label.toLowerCase()})` }))),
    textField("Plataforma institucional (dirección web, si tiene)", "school.website", { type: "url", maxlength: LIMITS.website, placeholder: "https://…" }),
    textField("Nombre del director(a) del CETPRO", "school.director"),
  );
}

function specialistSection(): HTMLElement {
  return h(
    "div",
    {},
    h("div", { class: "block" }, h("div", { class: "label-like" }, "Área"), h("div", { class: "gray" }, SPECIALIST_AREA)),
    textField("Nombre del especialista", "specialist", { autocomplete: "name" }, "Se recuerda para sus próximas fichas."),
  );
}

function staffSection(): HTMLElement {
  const staffRows = STAFF_ROLES.map((role) =>
    h(
      "tr",
      {},
      h("th", { scope: "row" }, role.label),
      ...STAFF_CYCLES.map((cycle) => h("td", {}, countInput(`staff.${role.key}.${cycle.key}`, `${role.label}, ${cycle.label}`))),
      h("td", { class: "total", id: `total-staff-${role.key}` }, "0"),
    ),
  );
  const enrolmentRows = ENROLMENT_CYCLES.map((cycle) =>
    h(
      "tr",
      {},
      h("th", { scope: "row" }, cycle.label),
      h("td", {}, countInput(`enrolment.${cycle.key}.enrolled`, `${cycle.label}, matriculados`)),
      h("td", {}, countInput(`enrolment.${cycle.key}.attending`, `${cycle.label}, asistentes`)),
    ),
  );
  const errors = [
    ...STAFF_ROLES.flatMap((role) => STAFF_CYCLES.map((c) => errorSlot(`staff.${role.key}.${c.key}`))),
    ...ENROLMENT_CYCLES.flatMap((c) => [errorSlot(`enrolment.${c.key}.enrolled`), errorSlot(`enrolment.${c.key}.attending`)]),
  ];
  return h(
    "div",
    {},
    h("h3", {}, "3.1 Personal"),
    h(
      "table",
      { class: "counts" },
      h("thead", {}, h("tr", {}, h("th", {}, "Cargo"), h("th", {}, "Aux./Básico"), h("th", {}, "Téc./Medio"), h("th", {}, "Total"))),
      h("tbody", {}, ...staffRows),
      h("tfoot", {}, h("tr", {}, h("th", {}, "Total"), h("td", { id: "total-staff-aux" }, "0"), h("td", { id: "total-staff-tec" }, "0"), h("td", { id: "total-staff" }, "0"))),
    ),
    h("h3", {}, "3.2 Metas de atención (segundo periodo)"),
    h(
      "table",
      { class: "counts" },
      h("thead", {}, h("tr", {}, h("th", {}, "Ciclo"), h("th", {}, "Matriculados"), h("th", {}, "Asistentes"))),
      h("tbody", {}, ...enrolmentRows),
      h("tfoot", {}, h("tr", {}, h("th", {}, "Total"), h("td", { id: "total-enrolled" }, "0"), h("td", { id: "total-attending" }, "0"))),
    ),
    h("div", { class: "count-errors" }, ...errors),
  );
}

function itemControl(code: string, text: string): HTMLElement {
  const path = `ratings.${code}`;
  const name = `r-${code}`;
  return h(
    "fieldset",
    { class: "item", id: itemId(code), "aria-describedby": errorId(path) },
    h("legend", {}, h("span", { class: "code" }, code), ` ${text}`),
    h(
      "div",
      { class: "scale", role: "radiogroup" },
      ...SCALE.map((level) =>
        h(
          "label",
          { class: "choice", title: level.label },
          h("input", { type: "radio", name, value: level.value, "data-path": path, "data-kind": "rating", "aria-label": `${code}: ${level.value} ${level.label}` }),
          h("span", {}, String(level.value)),
        ),
      ),
      h("span", { class: "item-level", id: `level-${code}` }, "Sin valorar"),
      h("button", { type: "button", class: "link clear-rating", "data-clear": code, "aria-label": `Quitar la valoración de ${code}` }, "Quitar"),
    ),
    errorSlot(path),
  );
}

function dimensionBlock(dimension: Dimension): HTMLElement {
  let group: string | undefined;
  const items: HTMLElement[] = [];
  for (const item of dimension.items) {
    if (item.group && item.group !== group) {
      group = item.group;
      items.push(h("h4", { class: "group" }, item.group));
    }
    items.push(itemControl(item.code, item.text));
  }
  return h(
    "div",
    { class: "dimension", id: `dim-${dimension.code}` },
    h("h3", {}, `${dimension.code} ${dimension.name}`),
    dimension.description ? h("p", { class: "gray description" }, dimension.description) : null,
    h("div", { class: "dimension-level", id: `dimlevel-${dimension.code}`, "aria-live": "polite" }, ""),
    ...items,
  );
}

function ratingSection(section: FormSection): HTMLElement {
  return h(
    "div",
    {},
    section.subtitle ? h("p", { class: "gray" }, section.subtitle) : null,
    h("p", { class: "gray legend" }, SCALE.map((l) => `${l.value} ${l.label}`).join(" · ")),
    ...section.dimensions.map(dimensionBlock),
  );
}

function closingSection(): HTMLElement {
  return h(
    "div",
    {},
    longText("Observaciones / sugerencias del especialista", "observations"),
    longText("Compromiso del director(a)", "directorCommitment"),
    longText("Sugerencias del director(a)", "directorSuggestions"),
  );
}

export function buildSections(): SidebarSection[] {
  const [s41, s42] = currentInstrument().sections;
  return [
    { id: "general", title: "1. Datos generales", element: generalSection() },
    { id: "specialist", title: "2. Especialista", element: specialistSection() },
    { id: "staff", title: "3. Personal y metas", element: staffSection() },
    { id: "s41", title: `4.1 ${s41.name}`, element: ratingSection(s41) },
    { id: "s42", title: `4.2 ${s42.name}`, element: ratingSection(s42) },
    { id: "closing", title: "Observaciones y compromisos", element: closingSection() },
  ];
}

/** The section that holds a field, for jumping to an error or a missing item. */
export function sectionOfPath(path: string): string {
  if (path.startsWith("ratings.4.1")) return "s41";
  if (path.startsWith("ratings.4.2")) return "s42";
  if (path.startsWith("staff") || path.startsWith("enrolment")) return "staff";
  if (path === "specialist") return "specialist";
  if (["observations", "directorCommitment", "directorSuggestions"].includes(path)) return "closing";
  return "general";
}
