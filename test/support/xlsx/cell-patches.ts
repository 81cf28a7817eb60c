// Defines cell patches: per-cell losses found when saving, grouped into ranges for the meta sheet, and their application when loading.
import type { Box } from "../apps-script/model/box";
import { cloneContent } from "../apps-script/model/cell";
import type { CellData, CellFormat, Content } from "../apps-script/model/cell";
import type { SheetModel } from "../apps-script/model/sheet-model";
import type { ValidationRule } from "../apps-script/model/validation";
import { eachCellOf, formatBoxes, parseBoxes, rectangles } from "./box-list";
import { canonicalContent, canonicalFormat } from "./cell-codec";
import type { CellAspect } from "./cell-codec";
import type { CellPatch } from "./meta-sheet";
import { canonical, fingerprint, tag, untag } from "./tagged-json";
import type { Json } from "./tagged-json";

/** The canonical text of one aspect of a cell (a missing cell is blank). */
export function canonicalAspect(cell: CellData | undefined, aspect: CellAspect): string {
  switch (aspect) {
    case "content":
      return canonicalContent(cell?.content ?? { kind: "value", value: "" });
    case "format":
      return canonicalFormat(cell?.format);
    case "note":
      return cell?.note ?? "";
    case "validation":
      return canonicalRule(cell?.validation ?? null);
  }
}

export function canonicalRule(rule: ValidationRule | null): string {
  return canonical(rule ? ruleJson(rule) : null);
}

function ruleJson(rule: ValidationRule): Json {
  return tag({ criteria: rule.criteria, values: rule.values, allowInvalid: rule.allowInvalid, helpText: rule.helpText });
}

/** The exact value of an aspect, as JSON. */
export function exactAspect(cell: CellData, aspect: CellAspect): Json {
  switch (aspect) {
    case "content":
      return tag(cell.content);
    case "format":
      return tag(cell.format);
    case "note":
      return cell.note;
    case "validation":
      return cell.validation ? ruleJson(cell.validation) : null;
  }
}

/** Collects losses while a sheet is written; identical ones share one entry and a list of ranges. */
export class CellPatchCollector {
  private readonly groups = new Map<string, { aspect: CellAspect; expect: string; exact: Json; cells: Array<[number, number]> }>();

  /** Records the loss when the file's version of the aspect (`stored`, canonical text) differs from the cell's. */
  compare(cell: CellData, aspect: CellAspect, stored: string, row: number, col: number): void {
    if (canonicalAspect(cell, aspect) !== stored) this.add(cell, aspect, stored, row, col);
  }

  /** Records a loss: the file gives `stored` (canonical text) for the aspect instead of the cell's own. */
  add(cell: CellData, aspect: CellAspect, stored: string, row: number, col: number): void {
    const expect = fingerprint(stored);
    const exact = exactAspect(cell, aspect);
    const key = `${aspect}\u0000${expect}\u0000${JSON.stringify(exact)}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { aspect, expect, exact, cells: [] };
      this.groups.set(key, group);
    }
    group.cells.push([row, col]);
  }

  patches(): CellPatch[] {
    return [...this.groups.values()].map((g) => ({ aspect: g.aspect, expect: g.expect, exact: g.exact, cells: formatBoxes(rectangles(g.cells)) }));
  }
}

function ruleFrom(json: unknown): ValidationRule | null {
  if (json === null || typeof json !== "object") return null;
  const r = json as { criteria?: unknown; values?: unknown; allowInvalid?: unknown; helpText?: unknown };
  if (typeof r.criteria !== "string" || !Array.isArray(r.values)) throw new Error("regla de validación ilegible");
  return Object.freeze({ criteria: r.criteria, values: Object.freeze([...r.values]), allowInvalid: r.allowInvalid !== false, helpText: String(r.helpText ?? "") });
}

function setter(aspect: CellAspect, json: Json): (cell: CellData) => void {
  const value = untag(json);
  switch (aspect) {
    case "content": {
      const content = value as Content;
      if (!content || (content.kind !== "value" && content.kind !== "formula")) throw new Error("contenido de celda ilegible");
      return (cell) => {
        cell.content = cloneContent(content);
      };
    }
    case "format": {
      const format = value as Partial<CellFormat> | null;
      return (cell) => {
        cell.format = format ? { ...format, ...(format.borders ? { borders: structuredClone(format.borders) } : {}) } : null;
      };
    }
    case "note":
      return (cell) => {
        cell.note = String(value ?? "");
      };
    case "validation": {
      const rule = ruleFrom(value);
      return (cell) => {
        cell.validation = rule;
      };
    }
  }
}

/**
 * Applies the patches whose cells still hold, in the file, what was written (same fingerprint); a
 * cell someone changed in Excel keeps the file's version. Returns how many cells were left as read.
 */
export function applyCellPatches(sheet: SheetModel, patches: readonly CellPatch[]): number {
  let stale = 0;
  for (const patch of patches) {
    const set = setter(patch.aspect, patch.exact);
    const boxes: Box[] = parseBoxes(patch.cells);
    eachCellOf(boxes, (row, col) => {
      const current = sheet.grid.get(row, col);
      if (fingerprint(canonicalAspect(current, patch.aspect)) !== patch.expect) {
        stale++;
        return;
      }
      set(current ?? sheet.grid.at(row, col));
    });
  }
  return stale;
}

