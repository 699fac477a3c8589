/**
 * A button's value as JSON, or undefined when it is missing or not JSON; each kind of button
 * then checks the shape with its own zod schema.
 */
export function parseButtonValue(value: string | undefined): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}
