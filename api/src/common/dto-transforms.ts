/** class-transformer `@Transform` that trims a string and leaves any other value for the validators to refuse. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
