// Problems found in something a coordinator typed or uploaded, each tied to the element it
// is about so an error summary can link to it and the field can say what is wrong.

export interface FieldIssue {
  /** The id of the input (or other focusable element) the problem is about. */
  targetId: string;
  message: string;
}

/** A zod issue path as people read it in JSON: `questions[3].options[0].id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += out === '' ? name : `.${name}`;
    }
  }
  return out;
}

/** The first issue for each target, in order (one message per field is easier to act on). */
export function firstPerTarget(issues: readonly FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    if (seen.has(issue.targetId)) return false;
    seen.add(issue.targetId);
    return true;
  });
}
