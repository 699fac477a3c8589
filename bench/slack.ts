import { slashCommandBody } from "../tests/support/fake-slack/requests.js";
import { slackSignatureHeaders } from "../tests/support/fake-slack/signing.js";
import { FakeSlack } from "../tests/support/fake-slack/web-api.js";
import { freePort } from "../tests/support/free-port.js";
import { startMainProcess, waitForHealth } from "../tests/support/main-process.js";

/**
 * Load check for the HTTP endpoint: starts the built app (`node dist/main.js`) against a fake
 * Slack on loopback, sends 200 signed /lcrb commands 20 at a time, and prints how fast each was
 * acknowledged (Slack gives up after 3 s) and how fast its answer reached the response_url.
 */

const TOTAL = 200;
const CONCURRENCY = 20;
const ACK_DEADLINE_MS = 3000;
const SIGNING_SECRET = "bench-signing-secret-0123456789";
const BOT_TOKEN = "xoxb-bench-0000-token";

// A mix of what people ask: searches, attendance, meetings, people, actions, the schedule.
const QUESTIONS = [
  "casey review",
  "who attended the LCRB meeting in April 2023?",
  "knife crime",
  "when is the next meeting?",
  "violence against women and girls",
  "what actions came out of the last meeting?",
  "disproportionality",
  "list the meetings",
  "reoffending and probation",
  "who sent apologies in February 2021?",
];

function percentile(sorted: number[], p: number): number {
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

async function main(): Promise<number> {
  const fake = new FakeSlack();
  await fake.start();
  const port = await freePort();
  const app = startMainProcess({
    fake,
    port,
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    env: { LOG_LEVEL: "warn" },
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    const health = await (await waitForHealth(`${base}/healthz`, app.child, 30_000)).json();
    console.log(`app up on ${base}: ${JSON.stringify(health)}`);

    const acks: number[] = [];
    const sentAt = new Map<string, number>();
    const failures: string[] = [];
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < TOTAL) {
        const n = next++;
        const id = `bench-${n}`;
        const body = slashCommandBody({
          text: QUESTIONS[n % QUESTIONS.length] ?? "",
          responseUrl: fake.responseUrl(id),
          userId: `U${String(n).padStart(6, "0")}`,
        });
        const t0 = performance.now();
        sentAt.set(id, t0);
        const response = await fetch(`${base}/slack/events`, {
          method: "POST",
          headers: {
            "content-type": "application/x-www-form-urlencoded",
            ...slackSignatureHeaders(SIGNING_SECRET, body),
          },
          body,
        });
        await response.arrayBuffer();
        const latency = performance.now() - t0;
        acks.push(latency);
        if (response.status !== 200) failures.push(`${id}: HTTP ${response.status}`);
        else if (latency > ACK_DEADLINE_MS) failures.push(`${id}: acked after ${ms(latency)}`);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const elapsed = performance.now() - started;

    // Every command must also get its answer.
    await Promise.all(
      [...sentAt.keys()].map((id) => fake.waitFor((call) => call.responseId === id, 30_000)),
    );
    const answers = [...sentAt].map(([id, t0]) => {
      const reply = fake.calls.find((call) => call.responseId === id);
      return (reply?.at ?? Number.NaN) - t0;
    });

    acks.sort((a, b) => a - b);
    answers.sort((a, b) => a - b);
    console.log(`${TOTAL} signed /lcrb commands, ${CONCURRENCY} at a time, in ${ms(elapsed)}`);
    console.log(
      `ack latency:    p50 ${ms(percentile(acks, 50))}  p99 ${ms(percentile(acks, 99))}  max ${ms(acks.at(-1) ?? 0)}`,
    );
    console.log(
      `answer latency: p50 ${ms(percentile(answers, 50))}  p99 ${ms(percentile(answers, 99))}  max ${ms(answers.at(-1) ?? 0)}`,
    );
    const within = acks.filter((latency) => latency <= ACK_DEADLINE_MS).length;
    console.log(
      `acknowledged within 3 s: ${within}/${TOTAL}; answers delivered: ${answers.length}/${TOTAL}`,
    );
    for (const failure of failures.slice(0, 10)) console.log(`  failed: ${failure}`);
    return failures.length === 0 && within === TOTAL ? 0 : 1;
  } finally {
    app.child.kill("SIGTERM");
    await new Promise((resolve) => app.child.once("exit", resolve));
    // The app's warnings and errors, after the figures they may explain.
    process.stderr.write(app.stderr());
    await fake.stop();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`bench:slack: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
