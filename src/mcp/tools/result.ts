import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

/** A tool's answer: the JSON document as structuredContent, and a short text for the model. */
export function toolResult(structured: object, text: string): CallToolResult {
  return {
    structuredContent: structured as Record<string, unknown>,
    content: [{ type: "text", text }],
  };
}

/** Input the schema could not catch (an unknown meeting id): a tool error the model can act on. */
export function toolError(message: string): CallToolResult {
  return { isError: true, content: [{ type: "text", text: message }] };
}

/** Every tool only reads the minutes. */
export const READ_ONLY = {
  readOnlyHint: true,
  idempotentHint: true,
  openWorldHint: false,
} as const;
