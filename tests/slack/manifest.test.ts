import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

interface Manifest {
  display_information: { name: string; description: string; long_description: string };
  features: {
    app_home: Record<string, boolean>;
    bot_user: { display_name: string };
    assistant_view?: { assistant_description: string };
    slash_commands: { command: string; description: string; usage_hint: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

const manifest = parse(readFileSync("manifest.yml", "utf8")) as Manifest;

describe("manifest.yml", () => {
  it("names the app within Slack's length limits", () => {
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    const long = manifest.display_information.long_description.length;
    expect(long).toBeGreaterThanOrEqual(175);
    expect(long).toBeLessThanOrEqual(4000);
    expect(manifest.features.bot_user.display_name).toBeTruthy();
  });

  it("declares /lcrb with a description and a usage hint", () => {
    expect(manifest.features.slash_commands).toEqual([
      expect.objectContaining({
        command: "/lcrb",
        description: expect.any(String),
        usage_hint: expect.any(String),
      }),
    ]);
  });

  it("asks for exactly the bot scopes the listeners use", () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      [
        "app_mentions:read",
        "assistant:write",
        "channels:read",
        "chat:write",
        "groups:read",
        "commands",
        "im:history",
        "im:read",
        "im:write",
        "reactions:write",
      ].sort(),
    );
  });

  it("subscribes to mentions, DMs and the Home tab, with interactivity and Socket Mode on", () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([
      "app_home_opened",
      "app_mention",
      "message.im",
    ]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });

  it("turns on the assistant view that setStatus and suggested prompts need", () => {
    expect(manifest.features.assistant_view?.assistant_description).toMatch(/minutes/);
  });

  it("enables the Home tab and a Messages tab people can write in", () => {
    expect(manifest.features.app_home).toMatchObject({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
  });
});
