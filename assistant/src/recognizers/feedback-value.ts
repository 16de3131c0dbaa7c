import { z } from 'zod';

/** The payload of the thumbs buttons on an answer card (a postBack value). */
export const feedbackValueSchema = z.object({
  action: z.literal('feedback'),
  slug: z.string().min(1).max(100),
  vote: z.enum(['up', 'down']),
});
export type FeedbackValue = z.infer<typeof feedbackValueSchema>;

export const THUMBS: Record<string, 'up' | 'down'> = { '👍': 'up', '👎': 'down' };

export function feedbackValue(slug: string, vote: 'up' | 'down'): FeedbackValue {
  return { action: 'feedback', slug, vote };
}

export function readFeedbackValue(value: unknown): Omit<FeedbackValue, 'action'> | undefined {
  const parsed = feedbackValueSchema.safeParse(value);
  return parsed.success ? { slug: parsed.data.slug, vote: parsed.data.vote } : undefined;
}
