import type { FieldIssue } from '../ui/issues';

// Reading an uploaded form's problems (zod paths) as field issues, one per field.

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
