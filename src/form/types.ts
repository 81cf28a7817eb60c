// Types of the instrument described as data: sections, dimensions, items, scale.

export type Rating = 0 | 1 | 2 | 3;

export interface ScaleLevel {
  value: Rating;
  /** Short label used in sheets and the sidebar, e.g. "En proceso". */
  label: string;
  /** The long text of the form's "Tabla de valoración". */
  meaning: string;
}

export interface Item {
  /** Canonical code, e.g. "4.1.2.3". */
  code: string;
  text: string;
  /** Sub-heading inside a dimension (only 4.2.2 has them), e.g. "Agenda del día y valores". */
  group?: string;
}

export interface Dimension {
  /** e.g. "4.1.2" */
  code: string;
  /** e.g. "Diagnóstico" */
  name: string;
  /** The description that follows the name on the form. */
  description: string;
  items: Item[];
}

export interface Section {
  /** "4.1" or "4.2" */
  code: string;
  /** Title as the form names it. */
  name: string;
  /** Optional second heading, e.g. "Ruta para la ejecución de una reunión CAP". */
  subtitle?: string;
  dimensions: Dimension[];
}

export interface Instrument {
  /** Stable id kept by every visit, e.g. "cap-etp-2024". */
  id: string;
  /** Year printed on the form. */
  year: number;
  title: string;
  /** Institutional header lines of the printed form. */
  headerLines: string[];
  /** Official name of the year (Peru names every year anew). */
  yearName: string;
  /** Paragraph addressed to the director before section 3. */
  introduction: string;
  sections: Section[];
}
