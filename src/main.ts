import { openLiveContext } from "./answers/live-context.js";
import { readConfig } from "./config.js";
import { runConsole } from "./console/index.js";
import { describe } from "./errors.js";

// How long in-flight replies may take to finish after SIGTERM before we exit anyway.
const SHUTDOWN_GRACE_MS = 10_000;

const log = (line: string) => process.stderr.write(`lcrb-bot: ${line}\n`);

/** `npm start`: the Slack app (Socket Mode or HTTP) when Slack is configured, else a local console. */
async function main(): Promise<void> {
  const config = readConfig();
  const live = await openLiveContext({
    corpusDir: config.corpusDir,
    cacheDir: config.cacheDir,
    watch: config.watch,
    log,
  });
  const loaded = live.current();
  const problems = loaded.problems.length > 0 ? `, ${loaded.problems.length} file problem(s)` : "";
  const watching = config.watch ? "; watching it for new minutes" : "";
  log(`loaded ${loaded.meetings.length} meetings from ${config.corpusDir}${problems}${watching}`);

  if (config.slack.kind === "console") {
    log("no Slack variables set: running the local console (end of input quits)");
    // The reader went away (`npm start | head`): stop quietly rather than with a stack trace.
    // Any other write failure is one line and exit 1; throwing from an 'error' listener would
    // surface as an uncaught stack trace.
    process.stdout.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") {
        log(`cannot write answers: ${describe(error)}`);
        process.exitCode = 1;
      }
      process.stdin.destroy();
    });
    await runConsole(live, process.stdin, process.stdout, {
      interactive: process.stdin.isTTY === true,
    });
    await live.close();
    return;
  }

  // Bolt and its HTTP and WebSocket stacks are loaded only when Slack is configured: the console
  // (and the lcrb command, which never imports this file's Slack path) start without them.
  const { createSlackApp } = await import("./slack/app.js");
  const slack = await createSlackApp({ ...config, slack: config.slack }, live);
  const { port } = await slack.start();
  log(
    slack.mode === "socket"
      ? "Slack app connected in Socket Mode"
      : `Slack app listening in HTTP mode on port ${port} of ${config.host ?? "all interfaces"} (POST /slack/events, GET /healthz)`,
  );

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal} received: stopping`);
    setTimeout(() => {
      log("replies still pending after the grace period: exiting anyway");
      // A reply stuck on a dead connection would keep the process alive forever; exiting is the
      // only way out, and the timer is unref'd so a clean stop never waits for it.
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    Promise.all([slack.stop(), live.close()]).then(
      () => log("stopped"),
      (error: unknown) => {
        log(`could not stop cleanly: ${describe(error)}`);
        process.exitCode = 1;
      },
    );
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}

// Any start-up failure (bad config, unreadable corpus, rejected token) is one line, exit 1.
main().catch((error: unknown) => {
  log(describe(error));
  process.exitCode = 1;
});
