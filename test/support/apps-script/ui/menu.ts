// Defines MenuFacade, the counted Ui Menu: items, separators and submenus, recorded into the fake's ui.menus on addToUi.
import { Facade, countCalls } from "../counting";
import type { Runtime } from "../runtime";
import { signatureError } from "../signature";

type Entry = { kind: "item"; caption: string; functionName: string } | { kind: "separator" } | { kind: "submenu"; menu: MenuFacade };

/** A separator is recorded as ["---", ""]; a submenu's items as ["Submenu › Caption", functionName]. */
export const SEPARATOR: [string, string] = ["---", ""];

export class MenuFacade extends Facade {
  readonly #name: string;
  readonly #entries: Entry[] = [];

  constructor(rt: Runtime, name: string) {
    super(rt);
    this.#name = name;
  }

  static items(menu: MenuFacade): Array<[string, string]> {
    return menu.#entries.flatMap((e): Array<[string, string]> => {
      if (e.kind === "item") return [[e.caption, e.functionName]];
      if (e.kind === "separator") return [[...SEPARATOR]];
      return MenuFacade.items(e.menu).map(([caption, fn]) => [`${e.menu.#name} › ${caption}`, fn]);
    });
  }

  addItem(caption: string, functionName: string): MenuFacade {
    if (typeof caption !== "string" || typeof functionName !== "string") throw signatureError("Ui.Menu.addItem", [caption, functionName]);
    this.#entries.push({ kind: "item", caption, functionName });
    return this;
  }

  addSeparator(): MenuFacade {
    this.#entries.push({ kind: "separator" });
    return this;
  }

  addSubMenu(menu: MenuFacade): MenuFacade {
    if (!(menu instanceof MenuFacade)) throw signatureError("Ui.Menu.addSubMenu", [menu]);
    this.#entries.push({ kind: "submenu", menu });
    return this;
  }

  addToUi(): void {
    this.rt.ui.menus.push({ name: this.#name, items: MenuFacade.items(this) });
  }
}

countCalls(MenuFacade, "Menu", "Ui");
