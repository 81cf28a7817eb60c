// Defines SpreadsheetAppFacade, the counted SpreadsheetApp global: the active spreadsheet, builders, Ui and enums.
import { Facade, countCalls } from "../counting";
import type { Runtime } from "../runtime";
import { signatureError } from "../signature";
import { UiFacade } from "../ui/ui";
import { ConditionalFormatRuleBuilderFacade } from "./conditional-format";
import { DataValidationBuilderFacade } from "./data-validation";
import { BooleanCriteria, BorderStyle, DataValidationCriteria, Dimension, ProtectionType, WrapStrategy } from "./enums";
import { RangeFacade } from "./range";
import { boundedRange } from "./range-target";
import { SheetFacade } from "./sheet";
import { SpreadsheetFacade } from "./spreadsheet";

export class SpreadsheetAppFacade extends Facade {
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;
  readonly BorderStyle = BorderStyle;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly Dimension = Dimension;

  constructor(rt: Runtime) {
    super(rt);
  }

  getActive(): SpreadsheetFacade {
    return new SpreadsheetFacade(this.rt);
  }

  getActiveSpreadsheet(): SpreadsheetFacade {
    return new SpreadsheetFacade(this.rt);
  }

  openById(id: string): SpreadsheetFacade {
    if (id !== this.rt.book.id) throw new Error(`Unexpected error while getting the method or property openById on object SpreadsheetApp.`);
    return new SpreadsheetFacade(this.rt);
  }

  getActiveSheet(): SheetFacade {
    return new SheetFacade(this.rt, this.rt.book.activeSheet);
  }

  setActiveSheet(sheet: SheetFacade): SheetFacade {
    const model = SheetFacade.model(sheet);
    if (!model) throw signatureError("SpreadsheetApp.setActiveSheet", [sheet]);
    this.rt.book.activeSheet = model;
    return new SheetFacade(this.rt, model);
  }

  /** The selection on the active sheet, or null (e.g. nothing selected). */
  getActiveRange(): RangeFacade | null {
    const sheet = this.rt.book.activeSheet;
    const box = this.rt.book.selectionOf(sheet);
    return box ? new RangeFacade(this.rt, boundedRange(sheet, box)) : null;
  }

  getUi(): UiFacade {
    return new UiFacade(this.rt);
  }

  /** Writes are applied immediately in the fake; flush only counts. */
  flush(): void {}

  newDataValidation(): DataValidationBuilderFacade {
    return new DataValidationBuilderFacade(this.rt);
  }

  newConditionalFormatRule(): ConditionalFormatRuleBuilderFacade {
    return new ConditionalFormatRuleBuilderFacade(this.rt);
  }
}

countCalls(SpreadsheetAppFacade, "SpreadsheetApp", "SpreadsheetApp");
