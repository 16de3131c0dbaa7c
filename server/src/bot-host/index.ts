export { createBotHost, type BotHost, type BotHostDeps, type HandoffState } from './bot-host.ts';
export { conversationHooks } from './hooks.ts';
export { notifyHandoffStatus, registerBotHost, relayToChannel } from './registry.ts';
export { PrismaStorage } from './prisma-storage.ts';
export { channelRoutes, type ChannelRouteDeps } from './channel-routes.ts';
