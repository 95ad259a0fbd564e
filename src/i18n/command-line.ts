/** Where a command was typed: in Slack (`/zone …`, a mention or a direct message) or at the server's terminal. */
export type Surface = 'slack' | 'terminal';

/** A zonebot command quoted as the reader types it where they are: `/zone status xuwei`, `npx zonebot status xuwei`. */
export type CommandLine = (words?: string) => string;

const PREFIX: Record<Surface, string> = { slack: '/zone', terminal: 'npx zonebot' };

export function commandLine(surface: Surface): CommandLine {
  return (words = '') => `\`${words ? `${PREFIX[surface]} ${words}` : PREFIX[surface]}\``;
}
