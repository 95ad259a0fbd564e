import type { App } from '@slack/bolt';

/** Where a listener registers: as on Bolt's App, for a command, an action, a view or an event. */
export type Listeners = Pick<App, 'command' | 'action' | 'view' | 'event'>;

type Handler = (args: never) => Promise<void>;
type Handlers = Map<string, Handler[]>;

const ANY = /[\s\S]*/u;

function add(table: Handlers, key: string, handler: Handler): void {
  table.set(key, [...(table.get(key) ?? []), handler]);
}

async function runAll(handlers: Handler[] | undefined, args: unknown): Promise<void> {
  await Promise.all((handlers ?? []).map((h) => h(args as never)));
}

/**
 * Listeners register here as they would on Bolt's App, one handler per file.
 * Bolt runs the middleware of every listener it holds for every delivery, so
 * with a dozen of them a cached answer took longer to be matched than to be
 * made; Bolt is given one listener per kind of delivery instead, which finds
 * the handlers by the delivery's own id.
 */
export class ListenerTable implements Listeners {
  readonly commands: Handlers = new Map();
  readonly actions: Handlers = new Map();
  readonly views: Handlers = new Map();
  readonly events: Handlers = new Map();

  command = ((name: string, handler: Handler) => add(this.commands, name, handler)) as unknown as App['command'];
  action = ((id: string, handler: Handler) => add(this.actions, id, handler)) as unknown as App['action'];
  view = ((id: string, handler: Handler) => add(this.views, id, handler)) as unknown as App['view'];
  event = ((type: string, handler: Handler) => add(this.events, type, handler)) as unknown as App['event'];

  mount(app: App): void {
    for (const [name, handlers] of this.commands) app.command(name, (args) => runAll(handlers, args));
    const { actions, views, events } = this;
    if (actions.size) {
      app.action({ action_id: ANY, type: 'block_actions' }, async (args) => {
        const handlers = actions.get(args.action.action_id);
        // The door refuses ids zonebot never issued; one that slips through is acknowledged and left.
        if (handlers) await runAll(handlers, args);
        else await args.ack();
      });
    }
    if (views.size) {
      app.view({ callback_id: ANY, type: 'view_submission' }, async (args) => {
        const handlers = views.get(args.view.callback_id);
        if (handlers) await runAll(handlers, args);
        else await args.ack();
      });
    }
    if (events.size) app.event(ANY, (args) => runAll(events.get(args.event.type), args));
  }
}
