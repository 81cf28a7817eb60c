// Defines Realm, the Date and Error constructors used for what the fake hands to the code under test.
// When the add-in runs in a node:vm context, pass that context's Date and Error so `instanceof` works there.

export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
}

export const hostRealm: Realm = { Date, Error };

/** True for a Date from any realm (a vm context's Date is not `instanceof` this realm's Date). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/** Re-creates an error thrown by the fake as an Error of the target realm (same message). */
export function toRealmError(realm: Realm, error: unknown): unknown {
  if (realm.Error === Error || !(error instanceof Error) || Object.getPrototypeOf(error) !== Error.prototype) return error;
  const converted = new realm.Error(error.message);
  if (error.stack !== undefined) converted.stack = error.stack;
  return converted;
}
