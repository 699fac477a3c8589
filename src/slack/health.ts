import type { CustomRoute } from "@slack/bolt";
import type { AnswerContext } from "../answers/context.js";

/** GET /healthz for load balancers: 200 {"ok":true,"meetings":N} once the index is loaded. */
export function healthRoute(context: AnswerContext): CustomRoute {
  return {
    path: "/healthz",
    method: ["GET"],
    handler: (_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify({ ok: true, meetings: context.meetings.length }));
    },
  };
}
