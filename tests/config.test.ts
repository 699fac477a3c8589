import { describe, expect, it } from "vitest";
import { ConfigError, parseCliSettings, parseConfig } from "../src/config.js";

describe("parseConfig", () => {
  it("runs the local console when no Slack variable is set", () => {
    expect(parseConfig({}).slack).toEqual({ kind: "console" });
  });

  it("treats the empty values of a copied .env.example as unset", () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: "", SLACK_APP_TOKEN: " ", PORT: "" }).slack).toEqual({
      kind: "console",
    });
  });

  it("picks Socket Mode when an app-level token is set", () => {
    const config = parseConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" });
    expect(config.slack).toEqual({
      kind: "socket",
      botToken: "xoxb-1",
      appToken: "xapp-1",
      signingSecret: null,
    });
  });

  it("picks HTTP on PORT (default 3000) when there is a signing secret and no app token", () => {
    const env = { SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s3cr3t-value" };
    expect(parseConfig(env).slack).toMatchObject({ kind: "http", port: 3000 });
    expect(parseConfig({ ...env, PORT: "8080" }).slack).toMatchObject({ kind: "http", port: 8080 });
  });

  it("names the missing variable in one line", () => {
    expect(() => parseConfig({ SLACK_BOT_TOKEN: "xoxb-1" })).toThrow(
      /^SLACK_SIGNING_SECRET is missing/,
    );
    expect(() => parseConfig({ SLACK_APP_TOKEN: "xapp-1" })).toThrow(/^SLACK_BOT_TOKEN is missing/);
  });

  it("names a malformed variable", () => {
    expect(() => parseConfig({ PORT: "eighty" })).toThrow(ConfigError);
    expect(() => parseConfig({ PORT: "eighty" })).toThrow(/^PORT /);
    expect(() => parseConfig({ SLACK_API_URL: "http://127.0.0.1:9/api" })).toThrow(
      /^SLACK_API_URL must end in \/api\//,
    );
    expect(() => parseConfig({ LOG_LEVEL: "loud" })).toThrow(/^LOG_LEVEL /);
  });

  it("reads the corpus directory, log level and API URL", () => {
    const config = parseConfig({
      LCRB_CORPUS_DIR: "/srv/minutes",
      LOG_LEVEL: "DEBUG",
      SLACK_API_URL: "http://127.0.0.1:9/api/",
    });
    expect(config).toMatchObject({
      corpusDir: "/srv/minutes",
      logLevel: "debug",
      slackApiUrl: "http://127.0.0.1:9/api/",
    });
  });

  it("rejects a token that is not a bot token", () => {
    const env = { SLACK_BOT_TOKEN: "xoxp-user-token", SLACK_SIGNING_SECRET: "s3cr3t-value" };
    expect(() => parseConfig(env)).toThrow(
      /^SLACK_BOT_TOKEN must be a bot token starting with xoxb-/,
    );
  });

  it("reads the cache directory and the HTTP host, with defaults", () => {
    expect(parseConfig({})).toMatchObject({
      corpusDir: "corpus",
      cacheDir: ".lcrb-cache",
      host: null,
    });
    expect(parseConfig({ LCRB_CACHE_DIR: "/var/cache/lcrb", HOST: "127.0.0.1" })).toMatchObject({
      cacheDir: "/var/cache/lcrb",
      host: "127.0.0.1",
    });
  });

  it("watches the corpus unless LCRB_WATCH turns it off, and names a value it cannot read", () => {
    expect(parseConfig({}).watch).toBe(true);
    expect(parseConfig({ LCRB_WATCH: "false" }).watch).toBe(false);
    expect(parseConfig({ LCRB_WATCH: " OFF " }).watch).toBe(false);
    expect(parseConfig({ LCRB_WATCH: "1" }).watch).toBe(true);
    expect(parseConfig({ LCRB_WATCH: "" }).watch).toBe(true);
    expect(() => parseConfig({ LCRB_WATCH: "sometimes" })).toThrow(
      /^LCRB_WATCH must be true or false/,
    );
  });
});

describe("parseCliSettings", () => {
  it("takes --corpus over LCRB_CORPUS_DIR over ./corpus", () => {
    expect(parseCliSettings({}, undefined).corpusDir).toBe("corpus");
    expect(parseCliSettings({ LCRB_CORPUS_DIR: "/srv/minutes" }, undefined).corpusDir).toBe(
      "/srv/minutes",
    );
    expect(parseCliSettings({ LCRB_CORPUS_DIR: "/srv/minutes" }, "here").corpusDir).toBe("here");
  });

  it("ignores Slack variables, which the commands do not use", () => {
    expect(parseCliSettings({ SLACK_BOT_TOKEN: "nonsense" }, undefined)).toEqual({
      corpusDir: "corpus",
      cacheDir: ".lcrb-cache",
      watch: true,
    });
  });

  it("reads LCRB_WATCH for the commands that keep running", () => {
    expect(parseCliSettings({ LCRB_WATCH: "false" }, undefined).watch).toBe(false);
    expect(() => parseCliSettings({ LCRB_WATCH: "sometimes" }, undefined)).toThrow(
      "LCRB_WATCH must be true or false",
    );
  });
});
