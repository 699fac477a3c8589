import { describe } from "../errors.js";
import { renderAnswer } from "./blocks/answer.js";
import { exampleQuestions, renderHome } from "./blocks/home.js";
import type { SlackDeps } from "./deps.js";

/**
 * Answers the Home tab's example questions once before the app takes requests. The first answers
 * are several times slower than the rest (code not yet compiled, caches empty); paying that at
 * start-up keeps the first burst of real commands inside Slack's 3-second acknowledgement window.
 */
export async function warmUp(deps: SlackDeps): Promise<void> {
  const started = performance.now();
  const context = deps.contexts.current();
  renderHome(context);
  for (const question of ["", ...exampleQuestions(context.meetings)]) {
    try {
      const answer = await deps.answer(question, context, { offset: 0 });
      renderAnswer(answer, { share: { question, offset: 0 }, interactive: true });
    } catch (error) {
      deps.logger.warn(`warm-up: answering "${question}" failed: ${describe(error)}`);
    }
  }
  deps.logger.debug(`warmed up in ${Math.round(performance.now() - started)} ms`);
}
