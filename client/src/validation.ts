/**
 * Checks a form's body with the same shared zod schema the server uses, so people see problems at
 * once, keyed exactly as the server keys them (`children.0.dateOfBirth`).
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

export const CHECK_FIELDS = 'Some details need correcting. Please see the messages next to the fields.';
