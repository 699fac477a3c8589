import { parentPort } from "node:worker_threads";
import type { ParseRequest, ParseResult } from "./parse-pool.js";
import { readMinutes } from "./read-minutes.js";

// A thread of the parse pool (parse-pool.ts): reads the minutes files it is sent and posts back
// their readings, which are plain data and cross the thread boundary as JSON.
parentPort?.on("message", ({ chunk, files }: ParseRequest) => {
  const readings = files.map(({ file, text }) => readMinutes(text, file));
  parentPort?.postMessage({ chunk, readings: JSON.stringify(readings) } satisfies ParseResult);
});
