// Defines WorkbookFileError, the failure to load a workbook file: missing, or unreadable as an .xlsx (the file is never touched).

export type WorkbookFileErrorKind = "missing" | "corrupt";

export class WorkbookFileError extends Error {
  readonly path: string;
  readonly kind: WorkbookFileErrorKind;

  constructor(path: string, kind: WorkbookFileErrorKind, detail?: string, options?: { cause?: unknown }) {
    super(WorkbookFileError.describe(path, kind, detail), options);
    this.name = "WorkbookFileError";
    this.path = path;
    this.kind = kind;
  }

  private static describe(path: string, kind: WorkbookFileErrorKind, detail: string | undefined): string {
    if (kind === "missing") return `No existe el archivo «${path}».`;
    const why = detail ? ` (${detail})` : "";
    return `El archivo «${path}» no se puede leer como libro de Excel (.xlsx): está dañado o no es un .xlsx${why}. No se ha modificado; muévalo o restáurelo desde una copia.`;
  }
}
