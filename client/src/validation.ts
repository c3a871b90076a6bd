/**
 * Checks a form's body with the same shared zod schema the server (or the document) uses, so
 * people see problems at once, keyed exactly as the server keys them (`children.0.dateOfBirth`).
 * Each form keeps its draft → body mapping in a pure module beside it (personDraft.ts,
 * planRowDraft.ts, …) that calls these and puts the messages into the form's own words.
 */
interface Issue {
  path: PropertyKey[];
  message: string;
}

interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } };
}

export type FieldErrors = Record<string, string>;

export function validate<T>(
  schema: Schema<T>,
  body: unknown,
): { ok: true; data: T } | { ok: false; fields: FieldErrors } {
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, data: result.data };
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return { ok: false, fields };
}

/** Replaces the schema's terse "Required" with a sentence that says what to do. */
export function withFriendlyRequired(fields: FieldErrors, wording: Record<string, string>): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, message] of Object.entries(fields)) {
    const generic = key.replace(/\.\d+\./g, '.*.');
    out[key] = message === 'Required' ? (wording[generic] ?? wording[key] ?? message) : message;
  }
  return out;
}

/**
 * For a capture form that shows one message: the first problem, in the form's own words for that
 * field (looked up by its path, then by its top-level name), else the schema's message.
 */
export function firstProblem(fields: FieldErrors, words: Record<string, string>): string {
  const [key = '_', message = ''] = Object.entries(fields)[0] ?? [];
  return words[key] ?? words[key.split('.')[0] ?? ''] ?? message;
}

/** A form's body ready to send, or the messages to show next to its fields instead. */
export type ToSend<B> = { ok: true; body: B } | { ok: false; fields: FieldErrors };

/** Checks a body with its schema; "Required" is put in the form's `wording` (see withFriendlyRequired). */
export function checkBody<B>(
  schema: Schema<unknown>,
  body: B,
  wording: Record<string, string> = {},
): ToSend<B> {
  const checked = validate(schema, body);
  return checked.ok
    ? { ok: true, body }
    : { ok: false, fields: withFriendlyRequired(checked.fields, wording) };
}

/** A draft turned into what its form adds, or the one message to show instead. */
export type FromDraft<T> = { ok: true; input: T } | { ok: false; error: string };

export const CHECK_FIELDS = 'Some details need correcting. Please see the messages next to the fields.';
