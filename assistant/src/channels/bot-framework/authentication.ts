import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from 'botbuilder';

/** botframework-connector's BotFrameworkAuthentication, as CloudAdapter takes it. */
export type BotFrameworkAuthentication = NonNullable<ConstructorParameters<typeof CloudAdapter>[0]>;

export interface BotFrameworkCredentials {
  appId: string;
  appPassword?: string | undefined;
  tenantId?: string | undefined;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

/** Azure Bot Service authentication from the app registration (MICROSOFT_APP_ID / _PASSWORD / _TENANT_ID / _TYPE). */
export function botFrameworkAuthentication(credentials: BotFrameworkCredentials): BotFrameworkAuthentication {
  const settings = {
    MicrosoftAppId: credentials.appId,
    MicrosoftAppPassword: credentials.appPassword,
    MicrosoftAppType: credentials.appType,
    MicrosoftAppTenantId: credentials.tenantId,
  };
  return new ConfigurationBotFrameworkAuthentication(
    settings,
    new ConfigurationServiceClientCredentialFactory(settings),
  );
}

/**
 * Bot Framework's documented anonymous mode (no app id): incoming requests are not authenticated and replies
 * carry no token, as with the Bot Framework Emulator on localhost. For local development and tests only; the
 * server never chooses it from configuration.
 */
export function anonymousBotFrameworkAuthentication(): BotFrameworkAuthentication {
  return new ConfigurationBotFrameworkAuthentication({}, new ConfigurationServiceClientCredentialFactory({}));
}

export function createCloudAdapter(
  auth: BotFrameworkAuthentication,
  onError: (error: unknown) => void,
): CloudAdapter {
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (_context, error) => onError(error);
  return adapter;
}
