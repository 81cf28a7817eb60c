// Defines the JSON the meta sheet holds: Dates and special numbers (NaN, ±Infinity, -0) tagged, canonical (sorted-key) text, ASCII-only output.
import { createHash } from "node:crypto";
import { isDate } from "../apps-script/realm";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Makes a value JSON-safe: Dates become {"$date": ms}, NaN/±Infinity/-0 {"$num": "NaN"}, undefined and functions are dropped. */
export function tag(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (isDate(value)) return { $date: value.getTime() };
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0) ? value : { $num: Object.is(value, -0) ? "-0" : String(value) };
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return value.map((v) => tag(v));
  if (value instanceof Map) return [...value.entries()].map(([k, v]) => [tag(k), tag(v)]);
  if (value instanceof Set) return [...value].map((v) => tag(v));
  if (typeof value === "object") {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined && typeof v !== "function") out[k] = tag(v);
    return out;
  }
  return null;
}

/** The inverse of tag (Maps and Sets come back as arrays: callers rebuild them). */
export function untag(json: Json): unknown {
  if (Array.isArray(json)) return json.map((v) => untag(v));
  if (json !== null && typeof json === "object") {
    const keys = Object.keys(json);
    if (keys.length === 1 && keys[0] === "$date" && typeof json.$date === "number") return new Date(json.$date);
    if (keys.length === 1 && keys[0] === "$num" && typeof json.$num === "string") return Number(json.$num);
    const out: Record<string, unknown> = {};
    for (const k of keys) out[k] = untag(json[k] as Json);
    return out;
  }
  return json;
}

function sortKeys(json: Json): Json {
  if (Array.isArray(json)) return json.map(sortKeys);
  if (json !== null && typeof json === "object") {
    const out: { [key: string]: Json } = {};
    for (const k of Object.keys(json).sort()) out[k] = sortKeys(json[k] as Json);
    return out;
  }
  return json;
}

/** Canonical text of a value (tagged, keys sorted): equal values give equal text. */
export function canonical(value: unknown): string {
  return JSON.stringify(sortKeys(tag(value)));
}

/** A short fingerprint of canonical text. */
export function fingerprint(canonicalText: string): string {
  return createHash("sha1").update(canonicalText).digest("base64url").slice(0, 16);
}

/**
 * JSON text with every character outside "!".."~", and "_", written as \uXXXX: plain ASCII without
 * spaces or anything like an OOXML "_xHHHH_" escape, so it can be cut anywhere into cells and no XML,
 * whitespace or escaping rule can alter it.
 */
export function asciiJson(json: Json): string {
  return JSON.stringify(json).replace(/[^\x21-\x5e\x60-\x7e]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
