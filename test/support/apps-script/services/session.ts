// Defines the counted Session global and User (the signed-in user's email, time zone and locale).
import { Facade, countCalls } from "../counting";
import type { Runtime } from "../runtime";

export class UserFacade extends Facade {
  readonly #email: string;

  constructor(rt: Runtime, email: string) {
    super(rt);
    this.#email = email;
  }

  /** The email behind a User facade, or null for anything else. */
  static email(value: unknown): string | null {
    return value instanceof UserFacade ? value.#email : null;
  }

  getEmail(): string {
    return this.#email;
  }

  getUsername(): string {
    return this.#email.split("@")[0] ?? "";
  }
}

export class SessionFacade extends Facade {
  constructor(rt: Runtime) {
    super(rt);
  }

  getActiveUser(): UserFacade {
    return new UserFacade(this.rt, this.rt.settings.userEmail);
  }

  getEffectiveUser(): UserFacade {
    return new UserFacade(this.rt, this.rt.settings.userEmail);
  }

  getScriptTimeZone(): string {
    return this.rt.settings.scriptTimeZone;
  }

  getActiveUserLocale(): string {
    return this.rt.settings.userLocale;
  }

  getTemporaryActiveUserKey(): string {
    return `temp-key-${this.rt.settings.userEmail.replace(/[^A-Za-z0-9]/g, "")}`;
  }
}

countCalls(UserFacade, "User", "Session");
countCalls(SessionFacade, "Session", "Session");
