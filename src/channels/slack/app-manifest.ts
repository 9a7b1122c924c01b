/**
 * What the Slack app asks for and listens to: the manifests in manifest/slack declare exactly
 * these (a test checks it), and the OAuth install asks for these scopes.
 */

/** Bot scopes: commands, replies (chat:write, also ephemeral), DMs, mentions, thread replies in channels, users' locales. */
export const BOT_SCOPES = ['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'groups:history', 'im:history', 'im:write', 'users:read'] as const;

/** Events the door answers: DMs, mentions, replies in channel threads to the bot's open question, the Home tab. */
export const MESSAGE_EVENTS = ['app_home_opened', 'app_mention', 'message.channels', 'message.groups', 'message.im'] as const;

/** With OAuth installs, also the events that delete an installation. */
export const INSTALL_EVENTS = ['app_uninstalled', 'tokens_revoked'] as const;
