import type { AllMiddlewareArgs, AnyMiddlewareArgs, App } from '@slack/bolt';

/** Where a listener registers: as on Bolt's App, for a command, an action, a view or an event. */
export type Listeners = Pick<App, 'command' | 'action' | 'view' | 'event'>;

type Handler = (args: never) => Promise<void>;
type Handlers = Map<string, Handler[]>;
type Delivery = AnyMiddlewareArgs & AllMiddlewareArgs;

function add(table: Handlers, key: string, handler: Handler): void {
  table.set(key, [...(table.get(key) ?? []), handler]);
}

async function runAll(handlers: Handler[], args: unknown): Promise<void> {
  await Promise.all(handlers.map((h) => h(args as never)));
}

/**
 * Listeners register here as they would on Bolt's App, one handler per file.
 * Bolt runs the middleware of every listener it holds for every delivery,
 * copying the delivery's arguments at each step, so with a dozen listeners a
 * cached answer took longer to be matched than to be made, and with one per
 * kind of delivery still a tenth of its time. The table is given to Bolt as
 * one global middleware instead, which finds the handlers by the delivery's
 * kind and its own id.
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

  /** The handlers for a delivery; undefined for one zonebot does not listen to. */
  handlersFor(args: Delivery): Handler[] | undefined {
    if ('command' in args) return this.commands.get(args.command.command);
    if ('action' in args) {
      const { action } = args;
      return args.body.type === 'block_actions' && 'action_id' in action
        ? this.actions.get(action.action_id)
        : undefined;
    }
    if ('view' in args) return args.body.type === 'view_submission' ? this.views.get(args.view.callback_id) : undefined;
    if ('event' in args) return this.events.get(args.event.type);
    return undefined;
  }

  mount(app: App): void {
    app.use(async (args) => {
      const handlers = this.handlersFor(args);
      if (handlers) return runAll(handlers, args);
      // The door refuses what zonebot never issued; what slips through is acknowledged and left
      // (Bolt acknowledged events itself).
      if ('ack' in args && args.ack) await args.ack();
    });
  }
}
