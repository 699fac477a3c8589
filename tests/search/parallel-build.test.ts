import { once } from "node:events";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import type { Meeting } from "../../src/corpus/model.js";
import { type BuiltIndex, buildIndex } from "../../src/search/build.js";
import { passageDocuments } from "../../src/search/documents.js";
import { buildGlossary, mineAcronyms } from "../../src/search/glossary.js";
import { type IndexPartData, itemTexts, partData, readItems } from "../../src/search/index-part.js";
import { type IndexRequest, IndexThreads } from "../../src/search/parallel-build.js";
import { bundled } from "../support/bundled.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
// The index threads run bundled code, as in dist/: the TypeScript sources the tests import have
// no worker file beside them.
const bundle = await bundled(["src/search/parallel-build.ts"]);
const built = await bundle.load<typeof import("../../src/search/parallel-build.js")>(
  "src/search/parallel-build.ts",
);
afterAll(() => bundle.remove());

/** Everything a cache file saves of an index, in the order it is saved. */
function saved({ postings, vocabulary, ordinary }: BuiltIndex) {
  const { terms, starts, documents, weights } = postings.parts();
  return {
    terms,
    starts,
    documents,
    weights,
    vocabulary: vocabulary.toJSON(),
    ordinary: [...ordinary],
  };
}

describe("building the index in worker threads", () => {
  let meetings: Meeting[];
  beforeAll(async () => {
    // The seed minutes, and the parser's layouts: many items, titles and meetings to cut between.
    const seed = await loadCorpus(join(ROOT, "corpus"), { threads: 0 });
    const layouts = await loadCorpus(join(ROOT, "tests/fixtures/layout-minutes"), { threads: 0 });
    meetings = [...seed.meetings, ...layouts.meetings];
  });

  function inputs() {
    const acronyms = mineAcronyms(
      meetings.flatMap((m) => m.items.flatMap((i) => [i.title, ...i.passages.map((p) => p.text)])),
    );
    const glossary = buildGlossary(acronyms);
    const documents = passageDocuments(meetings);
    return { acronyms, glossary, documents, items: itemTexts(documents) };
  }

  it("gives the same postings, vocabulary and ordinary words as one thread", async () => {
    const { acronyms, glossary, documents, items } = inputs();
    expect(acronyms.length).toBeGreaterThan(0);
    const serial = saved(buildIndex(documents, glossary));
    for (const threads of [1, 2, 3]) {
      const pool = built.IndexThreads.start(items.length, threads);
      expect(saved(await pool.build(items, acronyms, glossary))).toStrictEqual(serial);
    }
  }, 60_000);

  it("starts the bundled index thread, which reads items as this thread does", async () => {
    // A thread that fails to start loses no item, so the comparison above would pass without one.
    const { acronyms, glossary, items } = inputs();
    const worker = new Worker(new URL("index-worker.js", bundle.url));
    const reply = once(worker, "message");
    worker.postMessage({ acronyms, items } satisfies IndexRequest);
    const [data] = (await reply) as [IndexPartData];
    await worker.terminate();
    expect(data).toStrictEqual(partData(readItems(items, glossary)));
  });

  it("reads in this thread the items of a thread that could not start", async () => {
    // The sources have no compiled worker beside them: every thread asked for fails to load it.
    const { acronyms, glossary, documents, items } = inputs();
    const pool = IndexThreads.start(items.length, 2);
    expect(saved(await pool.build(items, acronyms, glossary))).toStrictEqual(
      saved(buildIndex(documents, glossary)),
    );
  });
});
