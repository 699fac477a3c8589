import { beforeAll, describe, expect, it } from "vitest";
import { createAnswerContext } from "../../src/answers/context.js";
import type { Posts } from "../../src/answers/directory.js";
import { namesWholePost } from "../../src/answers/whole-post.js";

describe("namesWholePost", () => {
  let posts: Posts;
  beforeAll(async () => {
    const context = await createAnswerContext({ corpusDir: "corpus", cacheDir: null });
    posts = context.directory.posts;
  });
  const names = (text: string) => namesWholePost(text.split(" "), posts);

  it("knows a role up to its comma or bracket: 'Sir Stephen House  Deputy Commissioner, MPS'", () => {
    expect(names("deputy commissioner")).toBe(true);
    // "Sophie Linden  DMPC (Co-chair),"
    expect(names("dmpc")).toBe(true);
  });

  it("knows an organisation, its plural and the acronym for it", () => {
    expect(names("london councils")).toBe(true);
    expect(names("london council")).toBe(true);
    expect(names("vru")).toBe(true);
    expect(names("probation")).toBe(true);
    // "Baljit Ubhey  Crown Prosecution Service" and "Lionel Idan, CPS South".
    expect(names("cps")).toBe(true);
    expect(names("the met")).toBe(true);
  });

  it("knows an organisation of two words or more by its initials: 'London Councils' is 'lc'", () => {
    expect(names("lc")).toBe(true);
    // "Colin Allars, Youth Justice Board".
    expect(names("yjb")).toBe(true);
    // One word has no initials of its own: "Probation" is not "p".
    expect(names("p")).toBe(false);
  });

  it("does not take a word of a post for the post", () => {
    expect(names("victims")).toBe(false);
    expect(names("commissioner")).toBe(false);
    expect(names("disproportionality")).toBe(false);
  });

  it("knows a role with its organisation before or after it: 'Marie Snelling  Director, MOPAC'", () => {
    expect(names("mopac directors")).toBe(true);
    expect(names("director mopac")).toBe(true);
    // No one is listed as a director of the CPS.
    expect(names("cps directors")).toBe(false);
  });
});
