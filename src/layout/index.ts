// Entry point of the sheet layouts: pure functions from records to grids and back.
export * from "./sheet-spec";
export * from "./cells";
export * from "./visit-sheet";
export * from "./visit-values";
export * from "./visit-summary";
export * from "./consolidado";
export * from "./resumen";
export * from "./cetpro";
export * from "./level-colors";
export * from "./sheet-names";
export * from "./field-cells";
export * from "./print-url";
export * from "./school-report";
export * from "./save-plan";
export * from "./evolucion";
export * from "./historial";
export * from "./visit-changes";
