// A problem with something a coordinator typed, chosen or uploaded, tied to the element it is
// about so the error summary can link to it and the field can say what is wrong.

export interface FieldIssue {
  /** The id of the input (or other focusable element) the problem is about. */
  targetId: string;
  message: string;
}

/** The message of the first issue about `targetId`, if any. */
export function issueFor(issues: readonly FieldIssue[], targetId: string): string | undefined {
  return issues.find((i) => i.targetId === targetId)?.message;
}
