/**
 * The one workspace every Slack test talks about. The emulator answers `auth.test` with these
 * IDs and the request helpers put them in payloads, so the two agree without a test wiring them.
 */
export const TEST_WORKSPACE = {
  teamId: 'T0000TEAM',
  teamDomain: 'zonebot-test',
  appId: 'A0000APP',
  botId: 'B0000BOT',
  botUserId: 'U0000BOT',
  userId: 'U0000USER',
  userName: 'tester',
  channelId: 'C0000CHAN',
  channelName: 'general',
} as const;
