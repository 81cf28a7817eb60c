// Defines HtmlServiceFacade, the counted HtmlService global: outputs and templates from strings or project files.
import { Facade, countCalls } from "../counting";
import type { Runtime } from "../runtime";
import { SandboxMode, XFrameOptionsMode } from "../spreadsheet/enums";
import { HtmlOutputFacade } from "./html-output";
import { HtmlTemplateFacade } from "./html-template";

/** A project file by name ("Sidebar" finds files["Sidebar"] or files["Sidebar.html"]); Apps Script's error when missing. */
function projectFile(rt: Runtime, filename: string): string {
  const files = rt.settings.files;
  const content = files[filename] ?? files[`${filename}.html`];
  if (content === undefined) throw new Error(`No HTML file named ${filename} was found.`);
  return content;
}

export class HtmlServiceFacade extends Facade {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(rt: Runtime) {
    super(rt);
  }

  createHtmlOutput(html?: string): HtmlOutputFacade {
    return new HtmlOutputFacade(this.rt, html === undefined ? "" : String(html));
  }

  createHtmlOutputFromFile(filename: string): HtmlOutputFacade {
    return new HtmlOutputFacade(this.rt, projectFile(this.rt, filename));
  }

  createTemplate(html: string): HtmlTemplateFacade {
    return new HtmlTemplateFacade(this.rt, String(html));
  }

  createTemplateFromFile(filename: string): HtmlTemplateFacade {
    return new HtmlTemplateFacade(this.rt, projectFile(this.rt, filename));
  }
}

countCalls(HtmlServiceFacade, "HtmlService", "HtmlService");
