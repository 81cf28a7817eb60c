// The printable ficha: the layout of Plantilla and of every visit sheet, and where each field lives.
import {
  CYCLES,
  ENROLMENT_CYCLES,
  SCALE,
  SHIFTS,
  SPECIALIST_AREA,
  STAFF_CYCLES,
  STAFF_ROLES,
  type Cycle,
  type EnrolmentCycle,
  type Instrument,
  type Shift,
  type StaffRole,
} from "../form";
import { OVERALL_CODE } from "../scoring";
import { GridBuilder, type CellStyle } from "./grid-builder";
import type { SheetSpec } from "./sheet-spec";

/** A cell, 0-based. */
export type Pos = readonly [row: number, column: number];

export interface UnitCells {
  mean: Pos;
  level: Pos;
  percent: Pos;
}

export interface VisitSheetMap {
  id: Pos;
  status: Pos;
  instrument: Pos;
  code: Pos;
  date: Pos;
  name: Pos;
  ugel: Pos;
  rei: Pos;
  cycles: Record<Cycle, Pos>;
  shifts: Record<Shift, Pos>;
  website: Pos;
  director: Pos;
  specialist: Pos;
  staff: Record<StaffRole, { auxiliarBasico: Pos; tecnicoMedio: Pos; total: Pos }>;
  staffTotal: { auxiliarBasico: Pos; tecnicoMedio: Pos; total: Pos };
  enrolment: Record<EnrolmentCycle, { enrolled: Pos; attending: Pos }>;
  enrolmentTotal: { enrolled: Pos; attending: Pos };
  ratings: Record<string, Pos>;
  itemLevels: Record<string, Pos>;
  /** Dimension codes, section codes and "general". */
  units: Record<string, UnitCells>;
  observations: Pos;
  directorCommitment: Pos;
  directorSuggestions: Pos;
  /** The coordinator's review: not part of the visit record, kept across the specialist's saves. */
  review: { status: Pos; date: Pos; comment: Pos; firstRow: number; rows: number };
  /** Who created the visit and who changed it last, with when (record/audit.ts). */
  audit: { createdBy: Pos; createdAt: Pos; changedBy: Pos; changedAt: Pos };
}

/** How the ficha prints on A4 portrait: rows repeated on every page, and where pages break. */
export interface PrintSetup {
  /** Rows 1..titleRows (the institutional header, title and id) head every page. */
  titleRows: number;
  /** 0-based rows that start a new page: each section of the form. */
  breaksBefore: number[];
}

export interface VisitSheetLayout {
  instrument: Instrument;
  template: SheetSpec;
  map: VisitSheetMap;
  print: PrintSetup;
}

/** The label of the metadata cell A5, also how a visit sheet is recognised. */
export const VISIT_MARKER = "Id de visita";
export const MARKER_POS: Pos = [4, 0];
export const INSTRUMENT_POS: Pos = [4, 4];

const COLORS = {
  section: "#cfe2f3",
  dimension: "#e8f0fe",
  header: "#eeeeee",
  input: "#fff8e1",
  result: "#f3f3f3",
};

const WIDTHS = [120, 330, 75, 95, 70];
const LONG_TEXT_HEIGHT = 90;

const heading: CellStyle = { bold: true, background: COLORS.section, size: 11 };
const label: CellStyle = { bold: true };
// No "@" (plain text) format on cells the add-in writes: text goes in with a leading apostrophe, and
// whether Sheets still hides that apostrophe in a plain-text cell is not documented.
const input: CellStyle = { background: COLORS.input };
const inputNumber: CellStyle = { background: COLORS.input, align: "center", format: "0" };
const centered: CellStyle = { align: "center" };
const resultStyle: CellStyle = { bold: true, background: COLORS.result };

/** Width of the ficha in pixels: A4 portrait (21 cm less 1.27 cm margins) at 96 dpi is about 700 px. */
export const PRINT_WIDTH_PX = WIDTHS.reduce((a, b) => a + b, 0);

function sectionTitle(b: GridBuilder, text: string): number {
  const r = b.row([text], heading);
  b.merge(r, 0, WIDTHS.length);
  return r;
}

/** Builds the layout of the ficha for one instrument. Pure: same instrument, same layout. */
export function visitSheetLayout(instrument: Instrument): VisitSheetLayout {
  const b = new GridBuilder(WIDTHS);
  const at = (row: number, column: number): Pos => [row, column];
  const full = (r: number) => b.merge(r, 0, WIDTHS.length);

  let r = b.row([`${instrument.headerLines[0]} · ${instrument.headerLines[1]}`], { size: 9, align: "center" });
  full(r);
  r = b.row([`${instrument.headerLines[2]} · ${instrument.headerLines[3]}`], { size: 9, align: "center" });
  full(r);
  r = b.row([`«${instrument.yearName}»`], { italic: true, size: 9, align: "center", wrap: true });
  full(r);
  r = b.row([instrument.title], { bold: true, size: 12, align: "center", wrap: true });
  full(r);
  const meta = b.row([
    { value: VISIT_MARKER, style: label },
    { value: "", style: {} },
    { value: "Estado", style: label },
    { value: "", style: { bold: true } },
    { value: instrument.id, style: { size: 8 } },
  ]);

  sectionTitle(b, "1. DATOS GENERALES DE LA INSTITUCIÓN");
  const codeRow = b.row([
    { value: "Código local", style: label },
    { value: "", style: input },
    { value: "Fecha", style: label },
    { value: "", style: { ...input, align: "center" } },
    { value: "dd/mm/aaaa", style: { size: 8 } },
  ]);
  const nameRow = b.row([{ value: "Nombre del CETPRO", style: label }, { value: "", style: input }]);
  b.merge(nameRow, 1, 4);
  const ugelRow = b.row([
    { value: "UGEL", style: label },
    { value: "", style: input },
    { value: "REI", style: label },
    { value: "", style: input },
  ]);
  const cycles = {} as Record<Cycle, Pos>;
  CYCLES.forEach((cycle, i) => {
    const row = b.row([
      { value: i === 0 ? "Ciclos" : "", style: label },
      cycle.label,
      { value: false, style: centered },
    ]);
    cycles[cycle.key] = at(row, 2);
    b.validate({ row, column: 2, rows: 1, columns: 1 }, "checkbox");
  });
  const shifts = {} as Record<Shift, Pos>;
  SHIFTS.forEach((shift, i) => {
    const row = b.row([
      { value: i === 0 ? "Turnos que atiende" : "", style: label },
      `${shift.key} — ${shift.label}`,
      { value: false, style: centered },
    ]);
    shifts[shift.key] = at(row, 2);
    b.validate({ row, column: 2, rows: 1, columns: 1 }, "checkbox");
  });
  const webRow = b.row([{ value: "Plataforma web (si tiene)", style: { ...label, wrap: true } }, { value: "", style: input }]);
  b.merge(webRow, 1, 4);
  const directorRow = b.row([{ value: "Nombre del director(a)", style: { ...label, wrap: true } }, { value: "", style: input }]);
  b.merge(directorRow, 1, 4);

  sectionTitle(b, "2. DATOS DEL ESPECIALISTA DEL MONITOREO");
  const areaRow = b.row([{ value: "Área", style: label }, { value: SPECIALIST_AREA, style: { wrap: true } }]);
  b.merge(areaRow, 1, 4);
  const specialistRow = b.row([{ value: "Nombre del especialista", style: { ...label, wrap: true } }, { value: "", style: input }]);
  b.merge(specialistRow, 1, 4);
  const intro = b.row([instrument.introduction], { wrap: true, italic: true, size: 9 });
  full(intro);
  b.height(intro, 75);

  const breaksBefore: number[] = [];
  breaksBefore.push(sectionTitle(b, "3. ORGANIZACIÓN DE LA GESTIÓN ESCOLAR (DIMENSIÓN ESTRATÉGICA)"));
  r = b.row(["3.1 Personal: cantidad del personal que trabaja en el presente año escolar"], { bold: true });
  full(r);
  b.row(["", "Personal institucional", STAFF_CYCLES[0].label, STAFF_CYCLES[1].label, "Total"], {
    bold: true,
    background: COLORS.header,
    wrap: true,
    align: "center",
  });
  const staff = {} as VisitSheetMap["staff"];
  const staffFirst = b.rowCount;
  for (const role of STAFF_ROLES) {
    const row = b.row(["", role.label, { value: 0, style: inputNumber }, { value: 0, style: inputNumber }, { value: 0, style: centered }], {
      wrap: true,
    });
    staff[role.key] = { auxiliarBasico: at(row, 2), tecnicoMedio: at(row, 3), total: at(row, 4) };
  }
  b.validate({ row: staffFirst, column: 2, rows: STAFF_ROLES.length, columns: 2 }, "count");
  const staffTotalRow = b.row(["", "Total", 0, 0, 0], { bold: true, align: "center", background: COLORS.result });
  const staffTotal = { auxiliarBasico: at(staffTotalRow, 2), tecnicoMedio: at(staffTotalRow, 3), total: at(staffTotalRow, 4) };

  r = b.row(["3.2 Metas de atención: estudiantes matriculados y asistentes por ciclo (segundo periodo)"], { bold: true });
  full(r);
  b.row(["", "Ciclo", "Matriculados", "Asistentes"], { bold: true, background: COLORS.header, align: "center" });
  const enrolment = {} as VisitSheetMap["enrolment"];
  const enrolmentFirst = b.rowCount;
  for (const cycle of ENROLMENT_CYCLES) {
    const row = b.row(["", cycle.label, { value: 0, style: inputNumber }, { value: 0, style: inputNumber }]);
    enrolment[cycle.key] = { enrolled: at(row, 2), attending: at(row, 3) };
  }
  b.validate({ row: enrolmentFirst, column: 2, rows: ENROLMENT_CYCLES.length, columns: 2 }, "count");
  const enrolmentTotalRow = b.row(["", "Total matrícula / Total asistentes", 0, 0], { bold: true, align: "center", background: COLORS.result });
  const enrolmentTotal = { enrolled: at(enrolmentTotalRow, 2), attending: at(enrolmentTotalRow, 3) };

  breaksBefore.push(sectionTitle(b, "4. IMPLEMENTACIÓN DE LAS COMUNIDADES DE APRENDIZAJE PROFESIONAL (CAP) EN LAS IIEE DE ETP"));
  r = b.row([`Valoración: ${SCALE.map((level) => `${level.value} = ${level.label}`).join(" · ")}`], { italic: true, size: 9 });
  full(r);

  const ratings: Record<string, Pos> = {};
  const itemLevels: Record<string, Pos> = {};
  const units: Record<string, UnitCells> = {};
  const resultRow = (text: string, code: string, style: CellStyle) => {
    const row = b.row(["", text, { value: "", style: { format: "0.00", align: "center" } }, { value: "", style: centered }, { value: "", style: { format: '0.0" %"', align: "center" } }], style);
    units[code] = { mean: at(row, 2), level: at(row, 3), percent: at(row, 4) };
  };

  instrument.sections.forEach((section, s) => {
    r = b.row([section.code, section.subtitle ? `${section.name} — ${section.subtitle}` : section.name], { ...heading, wrap: true });
    if (s > 0) breaksBefore.push(r); // 4.1 follows the heading of 4 on its page
    b.merge(r, 1, 4);
    b.row(["N°", "Ítem", "Valoración (0–3)", "Nivel"], { bold: true, background: COLORS.header, align: "center", wrap: true });
    for (const dimension of section.dimensions) {
      const title = dimension.description ? `${dimension.name}: ${dimension.description}` : dimension.name;
      r = b.row([dimension.code, title], { bold: true, background: COLORS.dimension, wrap: true });
      b.merge(r, 1, 4);
      let group: string | undefined;
      for (const item of dimension.items) {
        if (item.group && item.group !== group) {
          group = item.group;
          b.row(["", { value: item.group, style: { italic: true, bold: true } }]);
        }
        const row = b.row([item.code, { value: item.text, style: { wrap: true } }, { value: "", style: { ...inputNumber, bold: true } }, { value: "", style: centered }]);
        ratings[item.code] = at(row, 2);
        itemLevels[item.code] = at(row, 3);
        b.validate({ row, column: 2, rows: 1, columns: 1 }, "rating");
      }
      resultRow(`Resultado de la dimensión ${dimension.code} (media, nivel, % de logro)`, dimension.code, { background: COLORS.result, italic: true });
    }
    resultRow(`Resultado de ${section.code} (todos sus ítems)`, section.code, resultStyle);
  });
  resultRow("RESULTADO GENERAL (todos los ítems)", OVERALL_CODE, { ...resultStyle, background: COLORS.section });

  const longText = (title: string): Pos => {
    const t = b.row([title], { bold: true });
    full(t);
    const v = b.row([""], { wrap: true, background: COLORS.input });
    full(v);
    b.height(v, LONG_TEXT_HEIGHT);
    return at(v, 0);
  };
  breaksBefore.push(b.rowCount);
  const observations = longText("Observaciones / sugerencias del especialista");
  sectionTitle(b, "5. COMPROMISOS Y SUGERENCIAS");
  const directorCommitment = longText("Compromiso del director(a)");
  const directorSuggestions = longText("Sugerencias del director(a)");

  // The coordinator's review and the audit sit above the rating table, so that the signatures end the page.
  const reviewRow = b.row(
    [{ value: "Revisión del coordinador(a)", style: { ...label, wrap: true } }, { value: "", style: { bold: true } }, { value: "Fecha", style: label }, ""],
    { size: 9 },
  );
  const reviewComment = b.row(["Comentario", ""], { size: 9, wrap: true });
  b.merge(reviewComment, 1, 4);
  const auditRow = (title: string) => b.row([{ value: title, style: label }, "", { value: "El", style: label }, ""], { size: 8 });
  const createdRow = auditRow("Creada por");
  const changedRow = auditRow("Última modificación por");

  sectionTitle(b, "Tabla de valoración");
  for (const level of SCALE) {
    r = b.row([{ value: level.value, style: { align: "center", bold: true } }, `${level.label}: ${level.meaning}`], { wrap: true, size: 9 });
    b.merge(r, 1, 4);
  }
  const gap = b.row([""]);
  b.height(gap, 60);
  r = b.row(["______________________________", "", "", "______________________________"], { align: "center" });
  b.merge(r, 0, 2);
  b.merge(r, 3, 2);
  r = b.row(["Firma del director(a)", "", "", "Firma del especialista / monitor"], { align: "center", bold: true });
  b.merge(r, 0, 2);
  b.merge(r, 3, 2);

  b.freeze(0);
  return {
    instrument,
    print: { titleRows: meta + 1, breaksBefore },
    template: b.build(),
    map: {
      id: at(meta, 1),
      status: at(meta, 3),
      instrument: at(meta, 4),
      code: at(codeRow, 1),
      date: at(codeRow, 3),
      name: at(nameRow, 1),
      ugel: at(ugelRow, 1),
      rei: at(ugelRow, 3),
      cycles,
      shifts,
      website: at(webRow, 1),
      director: at(directorRow, 1),
      specialist: at(specialistRow, 1),
      staff,
      staffTotal,
      enrolment,
      enrolmentTotal,
      ratings,
      itemLevels,
      units,
      observations,
      directorCommitment,
      directorSuggestions,
      review: { status: at(reviewRow, 1), date: at(reviewRow, 3), comment: at(reviewComment, 1), firstRow: reviewRow, rows: 2 },
      audit: { createdBy: at(createdRow, 1), createdAt: at(createdRow, 3), changedBy: at(changedRow, 1), changedAt: at(changedRow, 3) },
    },
  };
}
