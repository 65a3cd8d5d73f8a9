/** Remembers the last arguments and value of a pure function, comparing arguments by identity. */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | undefined;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) {
      return last.value;
    }
    const value = fn(...args);
    last = { args, value };
    return value;
  };
}
