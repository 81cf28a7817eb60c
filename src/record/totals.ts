// Totals of staff and students: computed from the record, never typed.
import { ENROLMENT_CYCLES, STAFF_ROLES } from "../form";
import type { VisitRecord } from "./types";

export function staffRoleTotal(record: VisitRecord, role: keyof VisitRecord["staff"]): number {
  const row = record.staff[role];
  return row.auxiliarBasico + row.tecnicoMedio;
}

export function staffTotals(record: VisitRecord): { auxiliarBasico: number; tecnicoMedio: number; total: number } {
  let auxiliarBasico = 0;
  let tecnicoMedio = 0;
  for (const { key } of STAFF_ROLES) {
    auxiliarBasico += record.staff[key].auxiliarBasico;
    tecnicoMedio += record.staff[key].tecnicoMedio;
  }
  return { auxiliarBasico, tecnicoMedio, total: auxiliarBasico + tecnicoMedio };
}

export function enrolmentTotals(record: VisitRecord): { enrolled: number; attending: number } {
  let enrolled = 0;
  let attending = 0;
  for (const { key } of ENROLMENT_CYCLES) {
    enrolled += record.enrolment[key].enrolled;
    attending += record.enrolment[key].attending;
  }
  return { enrolled, attending };
}
