import { beforeAll, describe, expect, it } from "vitest";
import type { AnswerContext } from "../../../../src/answers/context.js";
import { ACTION_IDS, encodeAskRequest } from "../../../../src/slack/blocks/ask-request.js";
import { followUp } from "../../../../src/slack/listeners/actions/follow-up.js";
import { seedContext } from "../../../e2e/harness.js";
import { buttonArgs, stubDeps } from "../../../support/slack-stubs.js";

type Args = Parameters<ReturnType<typeof followUp>>[0];

describe("a suggested follow-up", () => {
  let context: AnswerContext;
  beforeAll(async () => {
    context = await seedContext();
  });

  it("is answered privately to whoever clicked, next to the answer it came from", async () => {
    const question = "who attended the LCRB meeting in April 2023?";
    const { args, ack, respond } = buttonArgs({
      action_id: `${ACTION_IDS.followUp}_0`,
      value: encodeAskRequest({ question, offset: 0 }),
    });
    await followUp(stubDeps(context).deps)(args as unknown as Args);
    expect(ack).toHaveBeenCalled();
    const [reply] = respond.mock.calls[0] ?? [];
    expect(reply).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(String(reply?.text)).toContain("Sadiq Khan");
  });

  it("ignores a button without a question", async () => {
    const { args, respond } = buttonArgs({
      action_id: `${ACTION_IDS.followUp}_1`,
      value: "not json",
    });
    await followUp(stubDeps(context).deps)(args as unknown as Args);
    expect(respond).not.toHaveBeenCalled();
  });
});
