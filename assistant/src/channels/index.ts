export { toChannelMessage, type ChannelMessage } from './content/to-content.ts';
export { textFallback } from './content/text-fallback.ts';
export * from './viber/index.ts';
export {
  anonymousBotFrameworkAuthentication,
  botFrameworkAuthentication,
  createCloudAdapter,
  type BotFrameworkAuthentication,
  type BotFrameworkCredentials,
} from './bot-framework/authentication.ts';
