import { MessageFactory, type Activity } from 'botbuilder';

/** Replies about a service carry its slug, so channels and the terminal chat know what was answered. */
export interface ServiceChannelData {
  slug: string;
}

export function serviceChannelData(slug: string): ServiceChannelData {
  return { slug };
}

export function serviceText(slug: string, text: string, suggestions: string[] = []): Partial<Activity> {
  const activity = suggestions.length
    ? MessageFactory.suggestedActions(suggestions, text)
    : MessageFactory.text(text);
  activity.channelData = serviceChannelData(slug);
  return activity;
}

export function slugOf(activity: Partial<Activity>): string | undefined {
  const data: unknown = activity.channelData;
  return data && typeof data === 'object' && 'slug' in data && typeof data.slug === 'string'
    ? data.slug
    : undefined;
}
