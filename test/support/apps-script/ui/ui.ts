// Defines UiFacade, the counted Ui of SpreadsheetApp.getUi(): menus, sidebars, dialogs and alerts, all recorded.
import { Facade, countCalls } from "../counting";
import type { Runtime } from "../runtime";
import { Button, ButtonSet } from "../spreadsheet/enums";
import { HtmlOutputFacade } from "./html-output";
import { MenuFacade } from "./menu";

/** The name under which the add-on menu is recorded in ui.menus. */
export const ADDON_MENU = "add-on";

export class UiFacade extends Facade {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(rt: Runtime) {
    super(rt);
  }

  #html(userInterface: unknown, method: string): { title: string; html: string } {
    const state = HtmlOutputFacade.state(userInterface);
    if (!state) throw new Error(`Invalid argument: userInterface (Ui.${method} needs an HtmlOutput; did you forget evaluate()?)`);
    return { title: state.title, html: state.content };
  }

  createAddonMenu(): MenuFacade {
    return new MenuFacade(this.rt, ADDON_MENU);
  }

  createMenu(caption: string): MenuFacade {
    return new MenuFacade(this.rt, String(caption));
  }

  showSidebar(userInterface: HtmlOutputFacade): void {
    this.rt.ui.sidebars.push(this.#html(userInterface, "showSidebar"));
  }

  showModalDialog(userInterface: HtmlOutputFacade, title: string): void {
    this.rt.ui.dialogs.push({ ...this.#html(userInterface, "showModalDialog"), title: String(title), modal: true });
  }

  showModelessDialog(userInterface: HtmlOutputFacade, title: string): void {
    this.rt.ui.dialogs.push({ ...this.#html(userInterface, "showModelessDialog"), title: String(title), modal: false });
  }

  /** alert(prompt) | alert(prompt, buttons) | alert(title, prompt, buttons): recorded; returns the next queued response or OK. */
  alert(...args: unknown[]): string {
    this.rt.ui.alerts.push([...args]);
    return this.rt.ui.alertResponses.shift() ?? Button.OK;
  }
}

countCalls(UiFacade, "Ui", "Ui");
