// The simulator's branding, images and languages rules, over HTTP through the client: branding
// settings of a fresh environment are empty, at most one theme is the default, a clone is not
// the default, an upload records its file under targets.original, an environment comes with
// PingOne's languages, and the default language is protected.
import { beforeEach, describe, expect, it } from "vitest";
import { BadRequestError, unwrap, type PingOneClient, type PingOneResult } from "../src/index.ts";
import { PROVIDED_LANGUAGES } from "../src/testing/rules/branding.ts";
import { clientFor, useSimulator } from "./support/sim.ts";

const context = useSimulator();
let client: PingOneClient;
let environmentID: string;

beforeEach(() => {
  client = clientFor(context.sim, context.clock, { maxRetries: 0 });
  environmentID = context.sim.environmentId;
});

const env = () => ({ params: { path: { environmentID } } });

/** The PingOne error of a call that must fail with 400, checked to name `target`. */
async function rejected(call: Promise<PingOneResult<unknown>>, target: string): Promise<void> {
  const error = await unwrap(call).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BadRequestError);
  expect((error as BadRequestError).details.map((d) => d.target)).toContain(target);
}

function theme(template: "default" | "focus" | "slate", name: string) {
  return unwrap(
    client.POST("/environments/{environmentID}/themes", {
      ...env(),
      body: { template, configuration: { logoType: "NONE", backgroundType: "DEFAULT", name } },
    }),
  );
}

describe("branding settings", () => {
  it("are empty in a new environment and keep what a PUT sets", async () => {
    const initial = await unwrap(client.GET("/environments/{environmentID}/brandingSettings", env()));
    expect(initial.companyName).toBeUndefined();
    expect(initial).toMatchObject({ id: environmentID, environment: { id: environmentID } });
    const logo = { id: "8d9e0f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a", href: "https://uploads.example/logo.png" };
    await unwrap(
      client.PUT("/environments/{environmentID}/brandingSettings", { ...env(), body: { companyName: "Acme", logo } }),
    );
    const read = await unwrap(client.GET("/environments/{environmentID}/brandingSettings", env()));
    expect(read).toMatchObject({ companyName: "Acme", logo, environment: { id: environmentID } });
  });
});

describe("branding themes", () => {
  it("have at most one default, which moves to the theme made the default", async () => {
    const first = await theme("focus", "Focus 1");
    const second = await theme("slate", "Slate 1");
    expect([first.default, second.default]).toEqual([false, false]);

    const path = (themeID: string) => ({ params: { path: { environmentID, themeID } } });
    const defaults = async () =>
      (await unwrap(client.GET("/environments/{environmentID}/themes", env())))._embedded.themes
        .filter((t) => t.default)
        .map((t) => t.id);
    const made = await unwrap(
      client.PUT("/environments/{environmentID}/themes/{themeID}/default", {
        ...path(first.id),
        body: { default: true },
      }),
    );
    expect(made.default).toBe(true);
    expect(await defaults()).toEqual([first.id]);
    await unwrap(
      client.PUT("/environments/{environmentID}/themes/{themeID}/default", {
        ...path(second.id),
        body: { default: true },
      }),
    );
    const flags = await Promise.all(
      [first.id, second.id].map((id) =>
        unwrap(client.GET("/environments/{environmentID}/themes/{themeID}/default", path(id))),
      ),
    );
    expect(flags.map((f) => f.default)).toEqual([false, true]);

    // A PUT that leaves `default` out keeps the flag; one that sends `true` takes it.
    const kept = await unwrap(
      client.PUT("/environments/{environmentID}/themes/{themeID}", {
        ...path(second.id),
        body: {
          template: "slate",
          configuration: { logoType: "NONE", backgroundType: "COLOR", backgroundColor: "#222222" },
        },
      }),
    );
    expect(kept.default).toBe(true);
    await unwrap(
      client.PUT("/environments/{environmentID}/themes/{themeID}", {
        ...path(first.id),
        body: { template: "focus", default: true, configuration: { logoType: "NONE", backgroundType: "DEFAULT" } },
      }),
    );
    expect(await defaults()).toEqual([first.id]);
    const created = await unwrap(
      client.POST("/environments/{environmentID}/themes", {
        ...env(),
        body: { template: "split", default: true, configuration: { logoType: "NONE", backgroundType: "NONE" } },
      }),
    );
    expect(await defaults()).toEqual([created.id]);
  });

  it("clone into a copy that is not the default and is named after the source", async () => {
    const source = await theme("focus", "Focus 1");
    const path = (themeID: string) => ({ params: { path: { environmentID, themeID } } });
    const copy = await unwrap(client.POST("/environments/{environmentID}/themes/{themeID}/clone", path(source.id)));
    expect(copy.id).not.toBe(source.id);
    expect(copy).toMatchObject({ template: "focus", default: false, configuration: { name: "Focus 1-Clone" } });
    const read = await unwrap(client.GET("/environments/{environmentID}/themes/{themeID}", path(copy.id)));
    expect(read.configuration).toEqual(copy.configuration);
  });

  it("need the companion of an IMAGE logo or a COLOR background", async () => {
    await rejected(
      client.POST("/environments/{environmentID}/themes", {
        ...env(),
        body: { template: "default", configuration: { logoType: "IMAGE", backgroundType: "DEFAULT" } },
      }),
      "configuration.logo",
    );
    await rejected(
      client.POST("/environments/{environmentID}/themes", {
        ...env(),
        body: { template: "default", configuration: { logoType: "NONE", backgroundType: "COLOR" } },
      }),
      "configuration.backgroundColor",
    );
  });
});

describe("images", () => {
  it("record the uploaded file under targets.original, in the format it was sent as", async () => {
    const uploaded = await unwrap(
      client.POST("/environments/{environmentID}/images", {
        params: { path: { environmentID }, header: { "Content-Disposition": "attachment; filename=logo.gif" } },
        headers: { "Content-Type": "image/gif" },
        body: new Uint8Array([0x47, 0x49, 0x46, 0x38]),
        bodySerializer: (body: unknown) => body as BodyInit,
      }),
    );
    expect(uploaded.targets?.original).toMatchObject({ id: "original", type: "gif" });
    expect(uploaded.targets?.original?.href).toMatch(new RegExp(`/images/${uploaded.id}\\.gif$`));
    const read = await unwrap(
      client.GET("/environments/{environmentID}/images/{imageID}", {
        params: { path: { environmentID, imageID: uploaded.id } },
      }),
    );
    expect(read.targets).toEqual(uploaded.targets);
  });

  it("accept Ping's image/jpg and refuse what is not an image", async () => {
    const upload = (mediaType: string) =>
      client.POST("/environments/{environmentID}/images", {
        params: { path: { environmentID }, header: { "Content-Disposition": "attachment; filename=200.jpg" } },
        headers: { "Content-Type": mediaType },
        body: new Uint8Array([0xff, 0xd8, 0xff]),
        bodySerializer: (body: unknown) => body as BodyInit,
      });
    const jpg = await unwrap(upload("image/jpg"));
    expect(jpg.targets?.original?.type).toBe("jpg");
    expect((await upload("text/plain")).response.status).toBe(415);
  });
});

describe("languages", () => {
  const path = (languageID: string) => ({ params: { path: { environmentID, languageID } } });

  it("come with PingOne's languages, English the enabled default", async () => {
    const list = await unwrap(client.GET("/environments/{environmentID}/languages", env()));
    const languages = list._embedded.languages;
    expect(languages.map((l) => l.locale)).toEqual(PROVIDED_LANGUAGES.map(([locale]) => locale));
    expect(languages.filter((l) => l.default).map((l) => l.locale)).toEqual(["en"]);
    expect(languages.find((l) => l.locale === "en")).toMatchObject({ enabled: true, customerAdded: false });
  });

  it("start disabled when added, exist once per locale, and protect the default", async () => {
    const finnish = await unwrap(
      client.POST("/environments/{environmentID}/languages", { ...env(), body: { locale: "fi" } }),
    );
    expect(finnish).toMatchObject({ locale: "fi", enabled: false, default: false, customerAdded: true });
    await rejected(
      client.POST("/environments/{environmentID}/languages", { ...env(), body: { locale: "FI" } }),
      "locale",
    );

    // Only an enabled language becomes the default; the previous default stops being it.
    await rejected(
      client.PUT("/environments/{environmentID}/languages/{languageID}", {
        ...path(finnish.id),
        body: { locale: "fi", enabled: false, default: true },
      }),
      "default",
    );
    const promoted = await unwrap(
      client.PUT("/environments/{environmentID}/languages/{languageID}", {
        ...path(finnish.id),
        body: { locale: "fi", enabled: true, default: true },
      }),
    );
    expect(promoted).toMatchObject({ enabled: true, default: true, customerAdded: true });
    const list = await unwrap(client.GET("/environments/{environmentID}/languages", env()));
    expect(list._embedded.languages.filter((l) => l.default).map((l) => l.locale)).toEqual(["fi"]);

    // The default cannot be dropped or deleted; PingOne's own languages cannot be deleted at all.
    await rejected(
      client.PUT("/environments/{environmentID}/languages/{languageID}", {
        ...path(finnish.id),
        body: { locale: "fi", enabled: false, default: false },
      }),
      "default",
    );
    await rejected(
      client.DELETE("/environments/{environmentID}/languages/{languageID}", path(finnish.id)),
      "languageID",
    );
    const english = list._embedded.languages.find((l) => l.locale === "en")!;
    await rejected(
      client.DELETE("/environments/{environmentID}/languages/{languageID}", path(english.id)),
      "languageID",
    );
    await unwrap(
      client.PUT("/environments/{environmentID}/languages/{languageID}", {
        ...path(english.id),
        body: { locale: "en", enabled: true, default: true },
      }),
    );
    await unwrap(client.DELETE("/environments/{environmentID}/languages/{languageID}", path(finnish.id)));
  });

  it("record localization statuses that name their language", async () => {
    const list = await unwrap(client.GET("/environments/{environmentID}/languages", env()));
    const french = list._embedded.languages.find((l) => l.locale === "fr")!;
    const status = await unwrap(
      client.POST("/environments/{environmentID}/languages/{languageID}/status", {
        ...path(french.id),
        body: { service: "Notifications", localizationComplete: false },
      }),
    );
    expect(status.localeId).toBe(french.id);
    const statuses = await unwrap(
      client.GET("/environments/{environmentID}/languages/{languageID}/status", path(french.id)),
    );
    expect(statuses._embedded.statuses.map((s) => s.id)).toEqual([status.id]);
  });

  it("serve interface strings in the environment's languages only", async () => {
    const french = await unwrap(
      client.GET("/environments/{environmentID}/translations/{locale}", {
        params: { path: { environmentID, locale: "fr" } },
      }),
    );
    expect(french._embedded.translations.find((t) => t.key === "flow-ui.button.cancel")).toMatchObject({
      shortKey: "button.cancel",
      referenceText: "Cancel",
      translatedText: "Annuler",
    });
    const missing = await client.GET("/environments/{environmentID}/translations/{locale}", {
      params: { path: { environmentID, locale: "xx" } },
    });
    expect(missing.response.status).toBe(404);
  });

  it("change through PUT, which answers 200 with no body, and go back when sent without text", async () => {
    const fr = { params: { path: { environmentID, locale: "fr" } } } as const;
    const text = async (key: string) =>
      (await unwrap(client.GET("/environments/{environmentID}/translations/{locale}", fr)))._embedded.translations.find(
        (t) => t.key === key,
      )?.translatedText;

    const changed = await client.PUT("/environments/{environmentID}/translations/{locale}", {
      ...fr,
      body: [{ key: "flow-ui.label.username", translatedText: "Identifiant" }],
    });
    // An empty 200 is this operation's success, not an InvalidResponseError.
    expect(changed.error).toBeUndefined();
    expect(changed.response.status).toBe(200);
    expect(changed.data).toBeUndefined();
    expect(await text("flow-ui.label.username")).toBe("Identifiant");
    expect(await text("flow-ui.label.password")).toBe("Mot de passe");

    await unwrap(
      client.PUT("/environments/{environmentID}/translations/{locale}", {
        ...fr,
        body: [{ key: "flow-ui.label.username" }],
      }),
    );
    expect(await text("flow-ui.label.username")).toBe("Nom d'utilisateur");
  });
});
