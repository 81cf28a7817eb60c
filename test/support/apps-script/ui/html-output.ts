// Defines HtmlOutputFacade, the counted HtmlOutput (content, title, size, sandbox and frame options).
import { Facade, countCalls } from "../counting";
import type { Runtime } from "../runtime";

export interface HtmlOutputState {
  content: string;
  title: string;
  width: number | null;
  height: number | null;
  sandboxMode: string;
  xFrameOptionsMode: string;
  metaTags: Array<{ name: string; content: string }>;
  faviconUrl: string | null;
}

export class HtmlOutputFacade extends Facade {
  readonly #o: HtmlOutputState;

  constructor(rt: Runtime, content: string) {
    super(rt);
    this.#o = { content, title: "", width: null, height: null, sandboxMode: "IFRAME", xFrameOptionsMode: "DEFAULT", metaTags: [], faviconUrl: null };
  }

  /** The state behind an HtmlOutput (for the Ui to record), or null for anything else. */
  static state(value: unknown): HtmlOutputState | null {
    return value instanceof HtmlOutputFacade ? value.#o : null;
  }

  setTitle(title: string): HtmlOutputFacade {
    this.#o.title = String(title);
    return this;
  }

  getTitle(): string {
    return this.#o.title;
  }

  getContent(): string {
    return this.#o.content;
  }

  setContent(content: string): HtmlOutputFacade {
    this.#o.content = String(content);
    return this;
  }

  append(addedContent: string): HtmlOutputFacade {
    this.#o.content += String(addedContent);
    return this;
  }

  appendUntrusted(addedContent: string): HtmlOutputFacade {
    this.#o.content += String(addedContent).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    return this;
  }

  setWidth(width: number): HtmlOutputFacade {
    this.#o.width = width;
    return this;
  }

  getWidth(): number | null {
    return this.#o.width;
  }

  setHeight(height: number): HtmlOutputFacade {
    this.#o.height = height;
    return this;
  }

  getHeight(): number | null {
    return this.#o.height;
  }

  /** HtmlService serves only the IFRAME sandbox nowadays; other modes are recorded but behave as IFRAME. */
  setSandboxMode(mode: string): HtmlOutputFacade {
    this.#o.sandboxMode = String(mode);
    return this;
  }

  setXFrameOptionsMode(mode: string): HtmlOutputFacade {
    this.#o.xFrameOptionsMode = String(mode);
    return this;
  }

  addMetaTag(name: string, content: string): HtmlOutputFacade {
    this.#o.metaTags.push({ name, content });
    return this;
  }

  getMetaTags(): Array<{ name: string; content: string }> {
    return this.#o.metaTags.map((t) => ({ ...t }));
  }

  setFaviconUrl(iconUrl: string): HtmlOutputFacade {
    this.#o.faviconUrl = iconUrl;
    return this;
  }

  getFaviconUrl(): string | null {
    return this.#o.faviconUrl;
  }
}

countCalls(HtmlOutputFacade, "HtmlOutput", "HtmlService");
