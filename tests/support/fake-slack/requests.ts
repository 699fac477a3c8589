/** Bodies shaped like Slack's, for the fake and the load check. */
export interface SlashCommand {
  text: string;
  responseUrl: string;
  userId?: string;
  channelId?: string;
  triggerId?: string;
}

/** A slash command as Slack posts it: application/x-www-form-urlencoded. */
export function slashCommandBody(command: SlashCommand): string {
  return new URLSearchParams({
    token: "legacy-verification-token",
    team_id: "T0LCRB",
    team_domain: "lcrb",
    channel_id: command.channelId ?? "C0LCRB",
    channel_name: "general",
    user_id: command.userId ?? "U0ASKER",
    user_name: "asker",
    command: "/lcrb",
    text: command.text,
    api_app_id: "A0LCRB",
    is_enterprise_install: "false",
    response_url: command.responseUrl,
    trigger_id: command.triggerId ?? "1.2.3",
  }).toString();
}
