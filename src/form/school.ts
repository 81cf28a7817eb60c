// Non-rated parts of the form as data: staff rows, enrolment columns, cycles, shifts, fixed values.

/** Rows of 3.1 "Personal", in form order. */
export const STAFF_ROLES = [
  { key: "director", label: "Director(a)" },
  { key: "directorByFunction", label: "Director(a) por función (con aula a cargo)" },
  { key: "workshopHeadsNoClass", label: "Jefes de taller (sin aula a cargo)" },
  { key: "workshopHeadsWithClass", label: "Jefes de taller (con aula a cargo)" },
  { key: "academicCoordinator", label: "Coordinador académico (con aula a cargo)" },
  { key: "tenuredTeachers", label: "Docentes nombrados" },
  { key: "contractTeachers", label: "Docentes contratados" },
  { key: "administrativeStaff", label: "Personal administrativo" },
  { key: "serviceStaff", label: "Personal de servicio" },
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number]["key"];

/** Count columns of 3.1 "Personal" (a total follows them). */
export const STAFF_CYCLES = [
  { key: "auxiliarBasico", label: "Ciclo Auxiliar técnico / Básico" },
  { key: "tecnicoMedio", label: "Ciclo Técnico / Medio" },
] as const;
export type StaffCycle = (typeof STAFF_CYCLES)[number]["key"];

/** Cycles of 3.2 "Metas de atención" (matriculados and asistentes for each). */
export const ENROLMENT_CYCLES = [
  { key: "basico", label: "Ciclo Básico" },
  { key: "auxiliarTecnico", label: "Ciclo Auxiliar Técnico" },
  { key: "tecnicoMedio", label: "Ciclo Técnico / Medio" },
] as const;
export type EnrolmentCycle = (typeof ENROLMENT_CYCLES)[number]["key"];

/** "Ciclos" of section 1 (multiple choice). */
export const CYCLES = [
  { key: "auxiliar-basico", label: "Auxiliar técnico / Básico" },
  { key: "tecnico-medio", label: "Técnico / Medio" },
] as const;
export type Cycle = (typeof CYCLES)[number]["key"];

/** "Turnos que atiende el CETPRO" of section 1 (multiple choice). */
export const SHIFTS = [
  { key: "M", label: "Mañana" },
  { key: "T", label: "Tarde" },
  { key: "N", label: "Noche" },
] as const;
export type Shift = (typeof SHIFTS)[number]["key"];

/** "Área" of section 2, printed on the form. */
export const SPECIALIST_AREA = "Área de Gestión de Educación Básica Alternativa y Técnico Productiva (AGEBATP)";

/** "UGEL" of section 1, printed on the form. */
export const DEFAULT_UGEL = "02";
