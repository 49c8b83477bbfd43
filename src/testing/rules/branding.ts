// Branding, images and languages: what the generic CRUD cannot infer. Branding settings start
// empty and belong to the environment they are read in; a theme carries `default`, at most one
// theme is the default (a theme made the default, on create, PUT or `/default`, takes the flag
// from the others), a logo or background choice needs its companion property, and a clone is a
// copy that is not the default. An uploaded image gets its stored version (`targets.original`)
// from the media type it was sent as. An environment comes with PingOne's languages (English the
// default); an added language starts disabled, a locale exists once, the default must be enabled
// and cannot be disabled or deleted, and PingOne's own languages cannot be deleted. Localization
// statuses name their language. Translations are read from a small catalog of PingOne's interface
// strings, for the environment's languages.
import type { SimResponse } from "../responses.ts";
import { errorResponse, invalid } from "../responses.ts";
import { environmentPath, pathSegment, type RuleContext, type SimRule } from "../rules.ts";
import type { Resource } from "../store.ts";

type Handler = (ctx: RuleContext, next: () => SimResponse) => SimResponse;

const ENV = "/environments/{environmentID}";
const THEME = `${ENV}/themes/{themeID}`;
const LANGUAGE = `${ENV}/languages/{languageID}`;

const HANDLERS: Record<string, Handler> = {
  [`get ${ENV}/brandingSettings`]: readSettings,
  [`put ${ENV}/brandingSettings`]: updateSettings,
  [`post ${ENV}/themes`]: createTheme,
  [`put ${THEME}`]: replaceTheme,
  [`get ${THEME}/default`]: readThemeDefault,
  [`put ${THEME}/default`]: makeThemeDefault,
  [`post ${THEME}/clone`]: cloneTheme,
  [`post ${ENV}/images`]: uploadImage,
  [`get ${ENV}/languages`]: withLanguages,
  [`post ${ENV}/languages`]: addLanguage,
  [`get ${LANGUAGE}`]: withLanguages,
  [`put ${LANGUAGE}`]: updateLanguage,
  [`delete ${LANGUAGE}`]: deleteLanguage,
  [`post ${LANGUAGE}/status`]: recordStatus,
  [`get ${ENV}/translations/{locale}`]: readTranslations,
  [`put ${ENV}/translations/{locale}`]: updateTranslations,
};

export const brandingRule: SimRule = (ctx, next) => {
  const handler = HANDLERS[`${ctx.method} ${ctx.template}`];
  return handler ? handler(ctx, next) : next();
};

const envLinks = (ctx: RuleContext, self: string) => ({
  self: { href: ctx.resources.apiBase + self },
  environment: { href: ctx.resources.apiBase + environmentPath(ctx) },
});

// ---- branding settings

function readSettings(ctx: RuleContext): SimResponse {
  const path = `${environmentPath(ctx)}/brandingSettings`;
  const stored = ctx.resources.get(path) ?? {};
  return {
    status: 200,
    body: { _links: envLinks(ctx, path), ...stored, ...settingsIdentity(ctx) },
  };
}

/** Ping's example gives the settings the environment's ID. */
function settingsIdentity(ctx: RuleContext): Resource {
  return { id: ctx.params.environmentID, environment: { id: ctx.params.environmentID } };
}

function updateSettings(ctx: RuleContext): SimResponse {
  const path = `${environmentPath(ctx)}/brandingSettings`;
  const value: Resource = { ...(ctx.body as Resource), ...settingsIdentity(ctx) };
  ctx.resources.put(path, value);
  return { status: 200, body: { _links: envLinks(ctx, path), ...value } };
}

// ---- themes

const themesPath = (ctx: RuleContext) => `${environmentPath(ctx)}/themes`;
const themePath = (ctx: RuleContext) => `${themesPath(ctx)}/${pathSegment(ctx.params.themeID)}`;

/** At most one theme is the default: a theme made the default takes the flag from the others. */
function setThemeDefault(ctx: RuleContext, id: string, isDefault: boolean): void {
  const path = `${themesPath(ctx)}/${id}`;
  ctx.resources.put(path, { ...ctx.resources.get(path)!, default: isDefault });
  if (!isDefault) return;
  for (const other of ctx.resources.list(themesPath(ctx))) {
    if (other.default === true && other.id !== id) {
      ctx.resources.put(`${themesPath(ctx)}/${other.id}`, { ...other, default: false });
    }
  }
}

/**
 * Each choice of logo and background needs its companion: `logo` for an IMAGE logo,
 * `backgroundImage` for an IMAGE background, `backgroundColor` for a COLOR background.
 */
function missingCompanions(ctx: RuleContext): SimResponse | undefined {
  const configuration = (ctx.body as { configuration: Resource }).configuration;
  const needed: [string, boolean][] = [
    ["logo", configuration.logoType === "IMAGE"],
    ["backgroundImage", configuration.backgroundType === "IMAGE"],
    ["backgroundColor", configuration.backgroundType === "COLOR"],
  ];
  const missing = needed.filter(([name, wanted]) => wanted && configuration[name] === undefined).map(([name]) => name);
  if (missing.length === 0) return undefined;
  return invalid(
    missing.map((name) => ({
      code: "REQUIRED_VALUE",
      target: `configuration.${name}`,
      message: `configuration.${name} is required by the chosen logoType or backgroundType.`,
    })),
  );
}

function createTheme(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const missing = missingCompanions(ctx);
  if (missing) return missing;
  const response = next();
  const id = createdId(response);
  if (!id) return response;
  const isDefault = (ctx.body as { default?: boolean }).default === true;
  setThemeDefault(ctx, id, isDefault);
  return withBody(response, { default: isDefault });
}

/** A PUT that leaves `default` out keeps the theme's flag. */
function replaceTheme(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const missing = missingCompanions(ctx);
  if (missing) return missing;
  const current = ctx.resources.get(themePath(ctx));
  const response = next();
  if (response.status !== 200 || !current) return response;
  const isDefault = (ctx.body as { default?: boolean }).default ?? current.default === true;
  setThemeDefault(ctx, ctx.params.themeID!, isDefault);
  return withBody(response, { default: isDefault });
}

function readThemeDefault(ctx: RuleContext): SimResponse {
  const theme = ctx.resources.get(themePath(ctx));
  if (!theme) return errorResponse(404, `Unable to find theme with id ${ctx.params.themeID}.`);
  return { status: 200, body: themeDefaultBody(ctx, theme.default === true) };
}

function makeThemeDefault(ctx: RuleContext): SimResponse {
  if (!ctx.resources.get(themePath(ctx)))
    return errorResponse(404, `Unable to find theme with id ${ctx.params.themeID}.`);
  const isDefault = (ctx.body as { default: boolean }).default;
  setThemeDefault(ctx, ctx.params.themeID!, isDefault);
  return { status: 200, body: themeDefaultBody(ctx, isDefault) };
}

/** A copy under a new ID, never the default, named after the source with `-Clone`. */
function cloneTheme(ctx: RuleContext): SimResponse {
  const source = ctx.resources.get(themePath(ctx));
  if (!source) return errorResponse(404, `Unable to find theme with id ${ctx.params.themeID}.`);
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = source;
  const configuration = { ...(source.configuration as Resource) };
  configuration.name =
    typeof configuration.name === "string" && configuration.name ? `${configuration.name}-Clone` : "Clone";
  const copy = ctx.resources.insert(themesPath(ctx), { ...rest, configuration, default: false });
  const self = `${themesPath(ctx)}/${copy.id}`;
  return {
    status: 201,
    headers: { Location: ctx.resources.apiBase + self },
    body: { _links: envLinks(ctx, self), ...copy },
  };
}

function themeDefaultBody(ctx: RuleContext, isDefault: boolean): Resource {
  return { _links: { self: { href: `${ctx.resources.apiBase}${themePath(ctx)}/default` } }, default: isDefault };
}

// ---- images

const IMAGE_FORMATS: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/jpg": "jpg",
  "image/gif": "gif",
};

/** The stored image records the file under `targets.original`, at an address of its own. */
function uploadImage(ctx: RuleContext, next: () => SimResponse): SimResponse {
  const format = IMAGE_FORMATS[ctx.contentType];
  if (!format) {
    return errorResponse(
      415,
      `Images are uploaded as image/png, image/jpeg (or image/jpg) or image/gif, not ${ctx.contentType}.`,
    );
  }
  const response = next();
  const id = createdId(response);
  if (!id) return response;
  const path = `${environmentPath(ctx)}/images/${pathSegment(id)}`;
  const targets = {
    original: {
      id: "original",
      type: format,
      href: `https://uploads.pingone.test/environments/${ctx.params.environmentID}/images/${id}.${format}`,
    },
  };
  ctx.resources.put(path, { ...ctx.resources.get(path)!, targets });
  return withBody(response, { targets });
}

// ---- languages

/** The languages PingOne ships interface strings for; English is an environment's default. */
export const PROVIDED_LANGUAGES: readonly (readonly [locale: string, name: string])[] = [
  ["en", "English"],
  ["cs", "Czech"],
  ["de", "German"],
  ["es", "Spanish"],
  ["fr", "French"],
  ["fr-CA", "French (Canada)"],
  ["it", "Italian"],
  ["ja", "Japanese"],
  ["ko", "Korean"],
  ["nl", "Dutch"],
  ["pt", "Portuguese"],
  ["ru", "Russian"],
  ["th", "Thai"],
  ["tr", "Turkish"],
  ["zh", "Chinese"],
];

const languagesPath = (ctx: RuleContext) => `${environmentPath(ctx)}/languages`;
const languagePath = (ctx: RuleContext) => `${languagesPath(ctx)}/${pathSegment(ctx.params.languageID)}`;

function ensureLanguages(ctx: RuleContext): void {
  if (ctx.resources.list(languagesPath(ctx)).length > 0) return;
  for (const [locale, name] of PROVIDED_LANGUAGES) {
    ctx.resources.insert(languagesPath(ctx), {
      environment: { id: ctx.params.environmentID },
      locale,
      name,
      enabled: locale === "en",
      default: locale === "en",
      customerAdded: false,
    });
  }
}

function withLanguages(ctx: RuleContext, next: () => SimResponse): SimResponse {
  ensureLanguages(ctx);
  return next();
}

function addLanguage(ctx: RuleContext, next: () => SimResponse): SimResponse {
  ensureLanguages(ctx);
  const { locale } = ctx.body as { locale: string };
  if (ctx.resources.list(languagesPath(ctx)).some((l) => String(l.locale).toLowerCase() === locale.toLowerCase())) {
    return invalid([
      { code: "UNIQUENESS_VIOLATION", target: "locale", message: `The environment already has language ${locale}.` },
    ]);
  }
  const response = next();
  const id = createdId(response);
  if (!id) return response;
  const path = `${languagesPath(ctx)}/${id}`;
  const extra = { enabled: false, default: false, customerAdded: true };
  ctx.resources.put(path, { ...ctx.resources.get(path)!, ...extra });
  return withBody(response, extra);
}

function updateLanguage(ctx: RuleContext, next: () => SimResponse): SimResponse {
  ensureLanguages(ctx);
  const current = ctx.resources.get(languagePath(ctx));
  if (!current) return next();
  const body = ctx.body as { enabled: boolean; default: boolean };
  if (body.default && !body.enabled) {
    return invalid([
      { code: "INVALID_VALUE", target: "default", message: "Only an enabled language can be the default." },
    ]);
  }
  if (current.default === true && !body.default) {
    return invalid([
      {
        code: "INVALID_VALUE",
        target: "default",
        message: "The environment always has a default language; make another language the default instead.",
      },
    ]);
  }
  const response = next();
  if (response.status !== 200) return response;
  const extra = { customerAdded: current.customerAdded };
  ctx.resources.put(languagePath(ctx), { ...ctx.resources.get(languagePath(ctx))!, ...extra });
  if (body.default) {
    for (const other of ctx.resources.list(languagesPath(ctx))) {
      if (other.default === true && other.id !== ctx.params.languageID) {
        ctx.resources.put(`${languagesPath(ctx)}/${other.id}`, { ...other, default: false });
      }
    }
  }
  return withBody(response, extra);
}

function deleteLanguage(ctx: RuleContext, next: () => SimResponse): SimResponse {
  ensureLanguages(ctx);
  const current = ctx.resources.get(languagePath(ctx));
  if (current?.default === true) {
    return invalid([
      { code: "INVALID_VALUE", target: "languageID", message: "The environment's default language cannot be deleted." },
    ]);
  }
  if (current && current.customerAdded !== true) {
    return invalid([
      {
        code: "INVALID_VALUE",
        target: "languageID",
        message: "Languages PingOne provides cannot be deleted; disable them instead.",
      },
    ]);
  }
  return next();
}

/** A status record names its language, as Ping's example response does. */
function recordStatus(ctx: RuleContext, next: () => SimResponse): SimResponse {
  ensureLanguages(ctx);
  if (!ctx.resources.get(languagePath(ctx))) {
    return errorResponse(404, `Unable to find language with id ${ctx.params.languageID}.`);
  }
  const response = next();
  const id = createdId(response);
  if (!id) return response;
  const path = `${languagePath(ctx)}/status/${id}`;
  const extra = { localeId: ctx.params.languageID };
  ctx.resources.put(path, { ...ctx.resources.get(path)!, ...extra });
  return withBody(response, extra);
}

// ---- translations

/** A few of PingOne's interface strings: key, English text, and the French text. */
export const TRANSLATION_CATALOG: readonly (readonly [key: string, english: string, french: string])[] = [
  ["flow-ui.button.cancel", "Cancel", "Annuler"],
  ["flow-ui.button.signOn", "Sign On", "Se connecter"],
  ["flow-ui.label.username", "Username", "Nom d'utilisateur"],
  ["flow-ui.label.password", "Password", "Mot de passe"],
  ["my-account.button.save", "Save", "Enregistrer"],
  ["portal.label.applications", "Applications", "Applications"],
];

/** Where a language's changed strings are kept: key → text. */
const changedStrings = (ctx: RuleContext) => `${environmentPath(ctx)}/translations/${pathSegment(ctx.params.locale)}`;

function unknownLocale(ctx: RuleContext): SimResponse | undefined {
  ensureLanguages(ctx);
  const locale = ctx.params.locale ?? "";
  if (ctx.resources.list(languagesPath(ctx)).some((l) => l.locale === locale)) return undefined;
  return errorResponse(404, `Unable to find language with locale ${locale}.`);
}

/**
 * The catalog in one language: French for `fr`, English otherwise, with the strings changed
 * through PUT. `module` and `block` are not applied.
 */
function readTranslations(ctx: RuleContext): SimResponse {
  const missing = unknownLocale(ctx);
  if (missing) return missing;
  const locale = ctx.params.locale ?? "";
  const changed = ctx.resources.get(changedStrings(ctx)) ?? {};
  const translations = TRANSLATION_CATALOG.map(([key, english, french], index) => ({
    id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, "0")}`,
    key,
    shortKey: key.slice(key.indexOf(".") + 1),
    referenceText: english,
    translatedText: typeof changed[key] === "string" ? changed[key] : locale === "fr" ? french : english,
  }));
  return {
    status: 200,
    body: {
      _links: { self: { href: `${ctx.resources.apiBase}${environmentPath(ctx)}/translations/${pathSegment(locale)}` } },
      _embedded: { translations },
    },
  };
}

/** Sets the listed strings; one sent without text, or with an empty one, goes back to the catalog's. 200, no body, as PingOne. */
function updateTranslations(ctx: RuleContext): SimResponse {
  const missing = unknownLocale(ctx);
  if (missing) return missing;
  const changed: Resource = { ...(ctx.resources.get(changedStrings(ctx)) ?? {}) };
  for (const { key, translatedText } of ctx.body as { key: string; translatedText?: string }[]) {
    if (translatedText) changed[key] = translatedText;
    else delete changed[key];
  }
  ctx.resources.put(changedStrings(ctx), changed);
  return { status: 200 };
}

// ---- helpers

function createdId(response: SimResponse): string | undefined {
  if (response.status !== 201) return undefined;
  const id = (response.body as { id?: unknown } | undefined)?.id;
  return typeof id === "string" ? id : undefined;
}

function withBody(response: SimResponse, extra: Resource): SimResponse {
  return { ...response, body: { ...(response.body as Resource), ...extra } };
}
