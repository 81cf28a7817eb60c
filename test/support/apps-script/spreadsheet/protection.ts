// Defines ProtectionFacade, the counted Protection of a sheet or range, and creating protections.
import { Facade, countCalls } from "../counting";
import type { ProtectionKind, ProtectionModel } from "../model/protection-model";
import type { SheetModel } from "../model/sheet-model";
import type { Box } from "../model/box";
import type { Runtime } from "../runtime";
import { signatureError } from "../signature";
import { UserFacade } from "../services/session";
import { RangeFacade } from "./range";

/**
 * Creates a protection. Sheet.protect() on an already protected sheet returns the existing
 * protection (documented); Range.protect() always adds one. A new protection lists the effective
 * user as editor (the owner cannot be removed).
 */
export function newProtection(rt: Runtime, sheet: SheetModel, type: ProtectionKind, box: Box | null): ProtectionModel {
  if (type === "SHEET") {
    const existing = sheet.protections.find((p) => p.type === "SHEET");
    if (existing) return existing;
  }
  const model: ProtectionModel = {
    id: rt.book.newProtectionId(),
    type,
    box,
    description: "",
    warningOnly: false,
    editors: [rt.settings.userEmail],
    domainEdit: false,
    unprotected: [],
  };
  sheet.protections.push(model);
  return model;
}

function emailOf(value: unknown, method: string): string {
  if (typeof value === "string") return value;
  const email = UserFacade.email(value);
  if (email === null) throw signatureError(method, [value]);
  return email;
}

export class ProtectionFacade extends Facade {
  readonly #sheet: SheetModel;
  readonly #p: ProtectionModel;

  constructor(rt: Runtime, sheet: SheetModel, model: ProtectionModel) {
    super(rt);
    this.#sheet = sheet;
    this.#p = model;
  }

  getProtectionType(): ProtectionKind {
    return this.#p.type;
  }

  setDescription(description: string): ProtectionFacade {
    this.#p.description = String(description);
    return this;
  }

  getDescription(): string {
    return this.#p.description;
  }

  setWarningOnly(warningOnly: boolean): ProtectionFacade {
    this.#p.warningOnly = Boolean(warningOnly);
    return this;
  }

  isWarningOnly(): boolean {
    return this.#p.warningOnly;
  }

  addEditor(emailOrUser: unknown): ProtectionFacade {
    const email = emailOf(emailOrUser, "SpreadsheetApp.Protection.addEditor");
    if (!this.#p.editors.includes(email)) this.#p.editors.push(email);
    return this;
  }

  addEditors(emailAddresses: string[]): ProtectionFacade {
    for (const email of emailAddresses) if (!this.#p.editors.includes(email)) this.#p.editors.push(email);
    return this;
  }

  #remove(users: unknown[], method: string): this {
    const owner = this.rt.settings.userEmail;
    const gone = new Set(users.map((u) => emailOf(u, method)));
    this.#p.editors = this.#p.editors.filter((e) => e === owner || !gone.has(e));
    return this;
  }

  removeEditor(emailOrUser: unknown): ProtectionFacade {
    return this.#remove([emailOrUser], "SpreadsheetApp.Protection.removeEditor");
  }

  removeEditors(emailsOrUsers: unknown[]): ProtectionFacade {
    return this.#remove(emailsOrUsers, "SpreadsheetApp.Protection.removeEditors");
  }

  getEditors(): UserFacade[] {
    return this.#p.editors.map((email) => new UserFacade(this.rt, email));
  }

  setDomainEdit(editable: boolean): ProtectionFacade {
    this.#p.domainEdit = Boolean(editable);
    return this;
  }

  canDomainEdit(): boolean {
    return this.#p.domainEdit;
  }

  canEdit(): boolean {
    return this.#p.editors.includes(this.rt.settings.userEmail);
  }

  remove(): void {
    this.#sheet.protections = this.#sheet.protections.filter((p) => p !== this.#p);
  }

  /** The protected range; for a sheet protection, the whole sheet. */
  getRange(): RangeFacade {
    const box = this.#p.box ?? this.#sheet.fullBox();
    return new RangeFacade(this.rt, { sheet: this.#sheet, box, rowsOpen: false, colsOpen: false });
  }

  setRange(range: RangeFacade): ProtectionFacade {
    const target = RangeFacade.target(range);
    if (!target) throw signatureError("SpreadsheetApp.Protection.setRange", [range]);
    if (this.#p.type === "RANGE") this.#p.box = { ...target.box };
    return this;
  }

  /** Only meaningful for a sheet protection: ranges that stay editable. */
  setUnprotectedRanges(ranges: RangeFacade[]): ProtectionFacade {
    this.#p.unprotected = ranges.map((r) => {
      const target = RangeFacade.target(r);
      if (!target) throw signatureError("SpreadsheetApp.Protection.setUnprotectedRanges", [ranges]);
      return { ...target.box };
    });
    return this;
  }

  getUnprotectedRanges(): RangeFacade[] {
    return this.#p.unprotected.map((box) => new RangeFacade(this.rt, { sheet: this.#sheet, box, rowsOpen: false, colsOpen: false }));
  }
}

countCalls(ProtectionFacade, "Protection", "SpreadsheetApp");
