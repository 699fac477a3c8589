import type { App } from "@slack/bolt";
import type { SlackDeps } from "../../deps.js";
import { lcrbCommand } from "./lcrb.js";

export function registerCommands(app: App, deps: SlackDeps): void {
  app.command("/lcrb", lcrbCommand(deps));
}
