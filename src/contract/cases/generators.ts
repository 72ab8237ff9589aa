// Seeded value generators for the parts of valid requests whose rules go beyond the schema
// (non-blank text, Unicode counted in code points).
import fc from "fast-check";

/** A valid topic: 1–250 code points, not blank; ASCII, Unicode, and the 250 boundary. */
/** A topic update chat accepts: chat-patch.md refuses a `:` in it. */
export const updatedTopicArb = (): fc.Arbitrary<string> => topicArb.filter((topic) => !topic.includes(":"));

export const topicArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 80 }).filter((s) => s.trim().length > 0),
  // A leading letter keeps a string of Unicode whitespace from being blank.
  fc
    .string({ unit: "grapheme", maxLength: 40 })
    .map((s) => `T${s}`)
    .filter((s) => [...s].length <= 250),
  fc.string({ unit: "grapheme-ascii", minLength: 250, maxLength: 250 }).map((s) => `T${s.slice(1)}`),
);

/** Non-blank message text. */
export const contentArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 200 }).filter((s) => s.trim().length > 0),
  fc.string({ unit: "grapheme", maxLength: 60 }).map((s) => `M${s}`),
);

/** A short ASCII word, safe inside an OData string literal once `'` is doubled. */
export const wordArb: fc.Arbitrary<string> = fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 20 });

/** An OData string literal. */
export const odataString = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** A member's `visibleHistoryStartDateTime`: absent, all history, or a past moment. */
export const historyArb: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant("0001-01-01T00:00:00Z"),
  fc.integer({ min: 1, max: 1000 }).map((days) => new Date(Date.UTC(2026, 0, 1) - days * 86_400_000).toISOString()),
);
