/** Messages of the plan elements. Keys start with `plan.`. */
export const plan = {} as const;
