// Entry point of the form as data: instruments, scale, school fields and small lookups.
import { CAP_ETP_2024 } from "./cap-etp-2024";
import type { Dimension, Instrument, Item } from "./types";

export type { Rating, ScaleLevel, Item, Dimension, Section, Instrument } from "./types";
export { SCALE, levelLabel } from "./scale";
export { CAP_ETP_2024 } from "./cap-etp-2024";
export {
  STAFF_ROLES,
  STAFF_CYCLES,
  ENROLMENT_CYCLES,
  CYCLES,
  SHIFTS,
  SPECIALIST_AREA,
  DEFAULT_UGEL,
} from "./school";
export type { StaffRole, StaffCycle, EnrolmentCycle, Cycle, Shift } from "./school";

const registry: Instrument[] = [CAP_ETP_2024];

/** Every version of the ficha, oldest first. Visits keep the id of the version they were filled with. */
export const INSTRUMENTS: readonly Instrument[] = registry;

/** The first version: its derived sheets keep the plain names (Plantilla, Consolidado, Resumen). */
export const BASE_INSTRUMENT = CAP_ETP_2024;

/**
 * Adds a version of the ficha: a new data module calls this, and no other code changes. The last one
 * added is the current version, the one new visits are filled with.
 */
export function registerInstrument(instrument: Instrument): void {
  if (getInstrument(instrument.id)) throw new Error(`La versión ${instrument.id} de la ficha ya está registrada.`);
  registry.push(instrument);
}

export function currentInstrument(): Instrument {
  return registry[registry.length - 1];
}

export function getInstrument(id: string): Instrument | undefined {
  return INSTRUMENTS.find((instrument) => instrument.id === id);
}

/** Dimensions in form order. */
export function allDimensions(instrument: Instrument): Dimension[] {
  return instrument.sections.flatMap((section) => section.dimensions);
}

/** Items in form order. */
export function allItems(instrument: Instrument): Item[] {
  return allDimensions(instrument).flatMap((dimension) => dimension.items);
}

/** Item codes in form order. */
export function itemCodes(instrument: Instrument): string[] {
  return allItems(instrument).map((item) => item.code);
}
