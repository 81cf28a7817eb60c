// Defines FilterFacade, the counted basic Filter of a sheet (sorts are recorded, not performed).
import { Facade, countCalls } from "../counting";
import type { FilterModel } from "../model/filter-model";
import type { SheetModel } from "../model/sheet-model";
import type { Runtime } from "../runtime";
import { assertInteger } from "../signature";
import { RangeFacade } from "./range";

export class FilterFacade extends Facade {
  readonly #sheet: SheetModel;

  constructor(rt: Runtime, sheet: SheetModel) {
    super(rt);
    this.#sheet = sheet;
  }

  get #filter(): FilterModel {
    const f = this.#sheet.filter;
    if (!f) throw new Error("The filter has been removed.");
    return f;
  }

  getRange(): RangeFacade {
    return new RangeFacade(this.rt, { sheet: this.#sheet, box: { ...this.#filter.box }, rowsOpen: false, colsOpen: false });
  }

  remove(): void {
    this.#sheet.filter = null;
  }

  sort(columnPosition: number, ascending: boolean): FilterFacade {
    const column = assertInteger(columnPosition, "SpreadsheetApp.Filter.sort", [columnPosition, ascending]);
    this.#filter.sorts.push({ column, ascending: Boolean(ascending) });
    return this;
  }

  getColumnFilterCriteria(_columnPosition: number): null {
    return null;
  }

  removeColumnFilterCriteria(_columnPosition: number): FilterFacade {
    return this;
  }
}

countCalls(FilterFacade, "Filter", "SpreadsheetApp");
