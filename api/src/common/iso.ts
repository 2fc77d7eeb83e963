/** A stored timestamp as the wire's ISO string; null stays null. */
export const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
