// Plain default values, kept apart from the zod schemas so code on the kiosk's first-paint
// path can use them without loading zod.

/** Seconds without input before the kiosk asks "Do you need more time?". */
export const DEFAULT_IDLE_SECONDS = 90;
/** Smallest count shown as a number in coordinator views (never below 5). */
export const DEFAULT_SUPPRESSION_K = 10;
