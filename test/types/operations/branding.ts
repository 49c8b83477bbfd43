// Compile-time check of the branding, images and languages operations: branding settings,
// themes and the default theme, image uploads, environment languages with their localization
// statuses, and the translated interface strings of a language.
import { createPingOneClient, sendAs, unwrap, type components } from "../../../src/index.ts";

type Schemas = components["schemas"];
const client = createPingOneClient({ region: "NA", accessToken: "token" });
const environmentID = "abfba8f6-49eb-49f5-a5d9-80ad5c98f9f6";
const themeID = "0ad1a2b3-4c5d-4e6f-8a9b-0c1d2e3f4a5b";
const imageID = "2664e4d0-50eb-42b6-be1d-b2345584b615";
const languageID = "92734b7f-47f2-49d3-991e-94ffb83f6610";
const l10nStatusID = "6e64acf5-d6d4-4979-8afc-d3f40c964d87";
const env = { params: { path: { environmentID } } } as const;
const logo = { id: imageID, href: "https://uploads.pingone.com/environments/abfba8f6/images/logo.png" };

export async function brandingOperations(): Promise<void> {
  // Images: the body is the file itself, sent as it is.
  const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
  const uploaded: Schemas["Image"] = await unwrap(
    client.POST("/environments/{environmentID}/images", {
      params: { path: { environmentID }, header: { "Content-Disposition": "attachment; filename=logo.png" } },
      headers: { "Content-Type": "image/png" },
      body: new Blob([bytes], { type: "image/png" }),
      bodySerializer: (body: unknown) => body as BodyInit,
    }),
  );
  const href: string | undefined = uploaded.targets?.original?.href;
  const format: string | undefined = uploaded.targets?.original?.type;
  const viaSendAs: Schemas["Image"] = await unwrap(
    sendAs(client, "POST", "/environments/{environmentID}/images", "image/jpeg", {
      params: { path: { environmentID }, header: { "Content-Disposition": "attachment; filename=photo.jpg" } },
      body: bytes,
      bodySerializer: (body: unknown) => body as BodyInit,
    }),
  );
  const imagePath = { params: { path: { environmentID, imageID } } } as const;
  const image: Schemas["Image"] = await unwrap(client.GET("/environments/{environmentID}/images/{imageID}", imagePath));
  const width: number | undefined = image.targets?.original?.width;
  await unwrap(client.DELETE("/environments/{environmentID}/images/{imageID}", imagePath));

  // Branding settings
  const settings: Schemas["BrandingSettings"] = await unwrap(
    client.GET("/environments/{environmentID}/brandingSettings", env),
  );
  const company: string | undefined = settings.companyName;
  const updatedSettings: Schemas["BrandingSettings"] = await unwrap(
    client.PUT("/environments/{environmentID}/brandingSettings", {
      ...env,
      body: { companyName: "Example Corp", logo },
    }),
  );

  // Themes
  const themes: Schemas["BrandingThemeCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/themes", env),
  );
  const firstTheme: Schemas["BrandingTheme"] | undefined = themes._embedded.themes[0];
  const template: string | undefined = firstTheme?.template;
  const theme: Schemas["BrandingTheme"] = await unwrap(
    client.POST("/environments/{environmentID}/themes", {
      ...env,
      body: {
        template: "focus",
        configuration: {
          logoType: "IMAGE",
          logo,
          backgroundType: "COLOR",
          backgroundColor: "#ededed",
          buttonColor: "#cb0020",
          name: "Focus 1",
        },
      },
    }),
  );
  const themePath = { params: { path: { environmentID, themeID } } } as const;
  const readTheme: Schemas["BrandingTheme"] = await unwrap(
    client.GET("/environments/{environmentID}/themes/{themeID}", themePath),
  );
  const background: string | undefined = readTheme.configuration.backgroundType;
  const replaced: Schemas["BrandingTheme"] = await unwrap(
    client.PUT("/environments/{environmentID}/themes/{themeID}", {
      ...themePath,
      body: {
        template: "slate",
        default: false,
        configuration: {
          logoType: "NONE",
          backgroundType: "DEFAULT",
          footer: "<p>Example Corp</p>",
          schemaVersion: 2,
          cardCornerRadius: "8px",
          footerLocalized: { enabled: true, defaultLanguage: "en", content: { fr: { inputText: "Exemple" } } },
        },
      },
    }),
  );
  const isDefault: Schemas["BrandingThemeDefault"] = await unwrap(
    client.GET("/environments/{environmentID}/themes/{themeID}/default", themePath),
  );
  const nowDefault: boolean = (
    await unwrap(
      client.PUT("/environments/{environmentID}/themes/{themeID}/default", { ...themePath, body: { default: true } }),
    )
  ).default;
  const copy: Schemas["BrandingTheme"] = await unwrap(
    client.POST("/environments/{environmentID}/themes/{themeID}/clone", themePath),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/themes/{themeID}", themePath));

  // Languages
  const languages: Schemas["LanguageCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/languages", env),
  );
  const defaultLanguage: Schemas["Language"] | undefined = languages._embedded.languages.find((l) => l.default);
  const finnish: Schemas["Language"] = await unwrap(
    client.POST("/environments/{environmentID}/languages", { ...env, body: { locale: "fi" } }),
  );
  const languagePath = { params: { path: { environmentID, languageID } } } as const;
  const language: Schemas["Language"] = await unwrap(
    client.GET("/environments/{environmentID}/languages/{languageID}", languagePath),
  );
  const enabled: Schemas["Language"] = await unwrap(
    client.PUT("/environments/{environmentID}/languages/{languageID}", {
      ...languagePath,
      body: { locale: "fi", enabled: true, default: false },
    }),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/languages/{languageID}", languagePath));

  // Localization statuses of a language
  const statuses: Schemas["LanguageLocalizationStatusCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/languages/{languageID}/status", languagePath),
  );
  const complete: boolean | undefined = statuses._embedded.statuses[0]?.localizationComplete;
  const status: Schemas["LanguageLocalizationStatus"] = await unwrap(
    client.POST("/environments/{environmentID}/languages/{languageID}/status", {
      ...languagePath,
      body: { service: "Notifications", localizationComplete: false },
    }),
  );
  const statusPath = { params: { path: { environmentID, languageID, l10nStatusID } } } as const;
  const readStatus: Schemas["LanguageLocalizationStatus"] = await unwrap(
    client.GET("/environments/{environmentID}/languages/{languageID}/status/{l10nStatusID}", statusPath),
  );
  const updatedStatus: Schemas["LanguageLocalizationStatus"] = await unwrap(
    client.PUT("/environments/{environmentID}/languages/{languageID}/status/{l10nStatusID}", {
      ...statusPath,
      body: { service: "Notifications", localizationComplete: true, statusDetails: "Templates translated" },
    }),
  );
  await unwrap(client.DELETE("/environments/{environmentID}/languages/{languageID}/status/{l10nStatusID}", statusPath));

  // Interface strings of a language
  const strings: Schemas["TranslationCollection"] = await unwrap(
    client.GET("/environments/{environmentID}/translations/{locale}", {
      params: {
        path: { environmentID, locale: "fr" },
        query: { module: "flow-ui", block: "UsernamePasswordValidator" },
      },
    }),
  );
  const cancel: string | undefined = strings._embedded.translations.find(
    (t) => t.key === "flow-ui.button.cancel",
  )?.translatedText;

  void [href, format, viaSendAs, width, company, updatedSettings, firstTheme, template, theme, background];
  void [replaced, copy, isDefault, nowDefault, defaultLanguage, finnish, language, enabled, complete, status];
  // PingOne answers the change with an empty 200: there is no data to read.
  const changedStrings: undefined = await unwrap(
    client.PUT("/environments/{environmentID}/translations/{locale}", {
      params: { path: { environmentID, locale: "fr" } },
      body: [{ key: "flow-ui.label.username", translatedText: "Identifiant" }, { key: "flow-ui.label.password" }],
    }),
  );
  void [readStatus, updatedStatus, cancel, changedStrings];
}

export async function brandingBodiesAreChecked(): Promise<void> {
  const themePath = { params: { path: { environmentID, themeID } } } as const;
  await client.PUT("/environments/{environmentID}/themes/{themeID}", {
    ...themePath,
    body: {
      // @ts-expect-error the template is one of PingOne's five
      template: "dark",
      configuration: { logoType: "NONE", backgroundType: "DEFAULT" },
    },
  });
  await client.POST("/environments/{environmentID}/themes", {
    ...env,
    // @ts-expect-error logoType and backgroundType are required
    body: { template: "split", configuration: { name: "Split 1" } },
  });
  await client.POST("/environments/{environmentID}/languages", {
    ...env,
    // @ts-expect-error a new language cannot be enabled at once
    body: { locale: "fi", enabled: true },
  });
  await client.PUT("/environments/{environmentID}/brandingSettings", {
    ...env,
    // @ts-expect-error the logo needs both its id and its href
    body: { logo: { id: imageID } },
  });
}
