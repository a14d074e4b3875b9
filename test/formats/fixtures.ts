import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeText, stripBom } from "../../src/formats/text.js";

export const FIXTURES = fileURLToPath(new URL("../fixtures/formats/", import.meta.url));

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(`${FIXTURES}${name}`);
}

/** A fixture's text as `net import` reads it (BOM and encoding handled). */
export function fixture(name: string): string {
  return stripBom(decodeText(fixtureBytes(name)));
}
