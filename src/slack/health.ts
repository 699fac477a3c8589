import type { CustomRoute } from "@slack/bolt";
import type { ContextSource } from "../answers/context.js";

/**
 * GET /healthz for load balancers: 200 {"ok":true,"meetings":N,"corpus":"<hash>"} once the index
 * is loaded. Replicas serving the same minutes report the same corpus hash.
 */
export function healthRoute(contexts: ContextSource): CustomRoute {
  return {
    path: "/healthz",
    method: ["GET"],
    handler: (_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      const context = contexts.current();
      res.end(
        JSON.stringify({
          ok: true,
          meetings: context.meetings.length,
          corpus: context.corpusVersion,
        }),
      );
    },
  };
}
