// What the sidebar shows besides the inputs, computed from the record alone: progress, gaps, levels, totals.
import { currentInstrument, allItems, levelLabel, type Rating } from "../form";
import { enrolmentTotals, staffRoleTotal, staffTotals, validateVisit, type FieldIssue, type VisitRecord } from "../record";
import { scoreVisit } from "../scoring";

export interface DimensionView {
  code: string;
  text: string;
}

export interface ViewModel {
  rated: number;
  total: number;
  progressText: string;
  missing: string[];
  missingText: string;
  itemLabels: Record<string, string>;
  dimensions: DimensionView[];
  staffRoleTotals: Record<string, number>;
  staff: { auxiliarBasico: number; tecnicoMedio: number; total: number };
  students: { enrolled: number; attending: number };
  errors: FieldIssue[];
}

const CODES = allItems(currentInstrument()).map((item) => item.code);

function safeNumber(n: number): number {
  return Number.isFinite(n) ? n : 0;
}

function formatMean(n: number): string {
  return n.toFixed(2).replace(".", ",");
}

/** `status` is the one the errors are checked against: "complete" once the user tried to finish. */
export function viewModel(record: VisitRecord, today: string, status: VisitRecord["status"]): ViewModel {
  const missing = CODES.filter((code) => record.ratings[code] === undefined);
  const rated = CODES.length - missing.length;
  const itemLabels: Record<string, string> = {};
  for (const code of CODES) {
    const value = record.ratings[code];
    itemLabels[code] = value === undefined ? "Sin valorar" : levelLabel(value as Rating);
  }
  const scores = scoreVisit(currentInstrument(), record.ratings);
  const dimensions = scores.dimensions.map(({ code, score }) => {
    if (score.level !== null && score.mean !== null) {
      return { code, text: `Nivel de la dimensión: ${levelLabel(score.level)} (media ${formatMean(score.mean)}, ${String(score.percent).replace(".", ",")} % de logro)` };
    }
    if (score.rated === 0) return { code, text: `Nivel de la dimensión: falta valorar sus ${score.items} ítems` };
    const partial = score.sum / score.rated;
    return { code, text: `Media parcial ${formatMean(partial)}: faltan ${score.items - score.rated} de ${score.items} ítems para el nivel` };
  });
  const safe = { ...record, staff: JSON.parse(JSON.stringify(record.staff)), enrolment: JSON.parse(JSON.stringify(record.enrolment)) } as VisitRecord;
  for (const row of Object.values(safe.staff)) {
    row.auxiliarBasico = safeNumber(row.auxiliarBasico);
    row.tecnicoMedio = safeNumber(row.tecnicoMedio);
  }
  for (const row of Object.values(safe.enrolment)) {
    row.enrolled = safeNumber(row.enrolled);
    row.attending = safeNumber(row.attending);
  }
  const staffRoleTotals = Object.fromEntries(Object.keys(safe.staff).map((role) => [role, staffRoleTotal(safe, role as keyof VisitRecord["staff"])]));
  const result = validateVisit({ ...record, status }, { today });
  const shown = missing.slice(0, 6).join(", ") + (missing.length > 6 ? ", …" : "");
  return {
    rated,
    total: CODES.length,
    progressText: `${rated}/${CODES.length} ítems valorados`,
    missing,
    missingText: missing.length === 0 ? "Los 40 ítems están valorados." : `Falta${missing.length === 1 ? "" : "n"} ${missing.length} ítem${missing.length === 1 ? "" : "s"}: ${shown}`,
    itemLabels,
    dimensions,
    staffRoleTotals,
    staff: staffTotals(safe),
    students: enrolmentTotals(safe),
    errors: result.ok ? [] : result.errors,
  };
}
