// The rating scale of the form ("Tabla de valoración"), 0 to 3.
import type { Rating, ScaleLevel } from "./types";

export const SCALE: readonly ScaleLevel[] = [
  {
    value: 0,
    label: "No realizado",
    meaning: "No se ha realizado acciones correspondientes a la implementación de la CAP.",
  },
  {
    value: 1,
    label: "En inicio",
    meaning: "En inicio las acciones y/o actividades de implementación de la CAP en el CETPRO.",
  },
  {
    value: 2,
    label: "En proceso",
    meaning: "En proceso las acciones y/o actividades de implementación de la CAP en el CETPRO.",
  },
  {
    value: 3,
    label: "Logrado",
    meaning: "Se logró las acciones y/o actividades de implementación de la CAP en el CETPRO.",
  },
];

/** Short label of a rating, e.g. levelLabel(2) === "En proceso". */
export function levelLabel(value: Rating): string {
  return SCALE.find((level) => level.value === value)?.label ?? String(value);
}
