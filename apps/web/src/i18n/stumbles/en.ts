/**
 * The English strings of the small fixes of issue 26 (field limits, the breadcrumb's label, the
 * last method's removal). `en.ts` spreads them in; `StumblesMessages` is the shape the other
 * languages fill.
 */
export const stumblesEn = {
  stumbles: {
    breadcrumb: "Breadcrumb",
    /** Shown when a field nears its limit, so that nothing is cut silently. */
    count: (n: number, max: number) => `${n} of ${max} characters`,
    atLimit: (max: number) => `${max} characters at most: the limit is reached.`,
    /** A client-side mistake, naming the field. */
    empty: (field: string) => `${field}: this field is empty. Type something in it.`,
    tooLong: (field: string, max: number) =>
      `${field}: too long. It takes ${max} characters at most.`,
    email: (field: string) =>
      `${field}: this is not an email address. Write it like ann@example.ch.`,
    removeLast: (name: string) =>
      `${name} is your last method: removing it turns two-step verification off. Your password alone will then open your account, and your backup codes are deleted.`,
  },
};

export type StumblesMessages = typeof stumblesEn;
