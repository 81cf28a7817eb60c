// Defines RangeListFacade, the counted RangeList: one call applied to several ranges of a sheet.
import { Facade, countCalls } from "../counting";
import type { CellFormat } from "../model/cell";
import { clearContents, writeInputs } from "../model/cells";
import { clearFormats, setBorders, setFormat } from "../model/formats";
import type { BorderFlag } from "../model/formats";
import { breakApartBox } from "../model/merges";
import type { SheetRange } from "../model/spreadsheet-model";
import type { Runtime } from "../runtime";
import { RangeFacade } from "./range";

export class RangeListFacade extends Facade {
  readonly #targets: SheetRange[];

  constructor(rt: Runtime, targets: SheetRange[]) {
    super(rt);
    this.#targets = targets;
  }

  #each(fn: (t: SheetRange) => void): this {
    this.#targets.forEach(fn);
    return this;
  }

  #format<K extends keyof CellFormat>(key: K, value: CellFormat[K] | null): this {
    return this.#each((t) => setFormat(t.sheet, t.box, key, value));
  }

  getRanges(): RangeFacade[] {
    return this.#targets.map((t) => new RangeFacade(this.rt, t));
  }

  setValue(value: unknown): RangeListFacade {
    return this.#each((t) => writeInputs(t.sheet, t.box, () => value));
  }

  clearContent(): RangeListFacade {
    return this.#each((t) => clearContents(t.sheet, t.box));
  }

  clearFormat(): RangeListFacade {
    return this.#each((t) => clearFormats(t.sheet, t.box));
  }

  breakApart(): RangeListFacade {
    return this.#each((t) => breakApartBox(t.sheet, t.box));
  }

  setFontWeight(fontWeight: string | null): RangeListFacade {
    return this.#format("fontWeight", fontWeight);
  }

  setFontStyle(fontStyle: string | null): RangeListFacade {
    return this.#format("fontStyle", fontStyle);
  }

  setFontColor(color: string | null): RangeListFacade {
    return this.#format("fontColor", color);
  }

  setFontSize(size: number): RangeListFacade {
    return this.#format("fontSize", size);
  }

  setFontFamily(fontFamily: string | null): RangeListFacade {
    return this.#format("fontFamily", fontFamily);
  }

  setBackground(color: string | null): RangeListFacade {
    return this.#format("background", color);
  }

  setWrap(isWrapEnabled: boolean): RangeListFacade {
    return this.#format("wrapStrategy", isWrapEnabled ? "WRAP" : "OVERFLOW");
  }

  setHorizontalAlignment(alignment: string | null): RangeListFacade {
    return this.#format("horizontalAlignment", alignment);
  }

  setVerticalAlignment(alignment: string | null): RangeListFacade {
    return this.#format("verticalAlignment", alignment);
  }

  setNumberFormat(numberFormat: string): RangeListFacade {
    return this.#format("numberFormat", numberFormat);
  }

  setBorder(
    top: BorderFlag,
    left: BorderFlag,
    bottom: BorderFlag,
    right: BorderFlag,
    vertical: BorderFlag,
    horizontal: BorderFlag,
    color?: string | null,
    style?: string | null,
  ): RangeListFacade {
    return this.#each((t) => setBorders(t.sheet, t.box, { top, left, bottom, right, vertical, horizontal }, color, style));
  }
}

countCalls(RangeListFacade, "RangeList", "SpreadsheetApp");
