// Ajv validates requests in the simulator only, so it is an optional peer dependency of the
// package rather than something every client installs: loaded here, on first use, with one
// clear line when it is missing.
import type { Ajv2020 } from "ajv/dist/2020.js";

export interface AjvModules {
  readonly Ajv2020: typeof Ajv2020;
  readonly addFormats: (ajv: Ajv2020) => void;
}

export const AJV_MISSING =
  "pingone-client/testing needs ajv and ajv-formats (optional peer dependencies): npm install --save-dev ajv@8 ajv-formats@3";

let loaded: Promise<AjvModules> | undefined;

export function loadAjv(): Promise<AjvModules> {
  loaded ??= Promise.all([import("ajv/dist/2020.js"), import("ajv-formats")]).then(
    ([ajv, formats]) => ({
      Ajv2020: ajv.Ajv2020,
      addFormats: (instance: Ajv2020) => void formats.default.default(instance),
    }),
    () => {
      loaded = undefined;
      throw new Error(AJV_MISSING);
    },
  );
  return loaded;
}
