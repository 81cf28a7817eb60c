// Defines HtmlTemplateFacade, the counted HtmlTemplate: literal content plus <?= name ?> / <?!= name ?> of assigned fields.
import { Facade, countCalls } from "../counting";
import type { Runtime } from "../runtime";
import { HtmlOutputFacade } from "./html-output";

const SCRIPTLET = /<\?(!?=)?([\s\S]*?)\?>/g;

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/**
 * evaluate() supports literal HTML and printing scriptlets that name a field assigned on the
 * template (`t.data = …; <?= data ?>` escapes, `<?!= data ?>` does not). Any other scriptlet
 * throws, so a template relying on code the fake does not run fails loudly.
 */
export class HtmlTemplateFacade extends Facade {
  readonly #source: string;

  constructor(rt: Runtime, source: string) {
    super(rt);
    this.#source = source;
  }

  getRawContent(): string {
    return this.#source;
  }

  evaluate(): HtmlOutputFacade {
    const fields = this as unknown as Record<string, unknown>;
    const html = this.#source.replace(SCRIPTLET, (whole, kind: string | undefined, body: string) => {
      const name = body.trim();
      if (!kind || !/^[A-Za-z_$][\w$]*$/.test(name)) {
        throw new Error(`The fake HtmlService evaluates only <?= name ?> and <?!= name ?> scriptlets; found ${whole}`);
      }
      const value = fields[name];
      const text = value === undefined || value === null ? "" : String(value);
      return kind === "=" ? escapeHtml(text) : text;
    });
    return new HtmlOutputFacade(this.rt, html);
  }
}

countCalls(HtmlTemplateFacade, "HtmlTemplate", "HtmlService");
