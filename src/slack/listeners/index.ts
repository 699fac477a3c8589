import type { App } from "@slack/bolt";
import type { SlackDeps } from "../deps.js";
import { registerActions } from "./actions/index.js";
import { registerCommands } from "./commands/index.js";
import { registerEvents } from "./events/index.js";

/** Registers every listener: one callback per file under commands/, events/ and actions/. */
export function registerListeners(app: App, deps: SlackDeps): void {
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerActions(app, deps);
}
