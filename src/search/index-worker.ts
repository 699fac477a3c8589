import { parentPort } from "node:worker_threads";
import { buildGlossary } from "./glossary.js";
import { partData, readItems } from "./index-part.js";
import type { IndexRequest } from "./parallel-build.js";

// A thread of the parallel index build (parallel-build.ts): reads the terms of the run of items
// it is sent and posts back their counts, the typed arrays moved rather than copied.
parentPort?.on("message", ({ acronyms, items }: IndexRequest) => {
  const data = partData(readItems(items, buildGlossary(acronyms)));
  const { starts, lists, lengths } = data.counts;
  parentPort?.postMessage(data, [starts.buffer, lists.buffer, lengths.buffer]);
});
