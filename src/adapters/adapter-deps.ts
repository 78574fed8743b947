import type { Config } from '../config';
import type { Logger } from '../logger';

/** What every channel adapter's factory is given by `crm start`. */
export interface AdapterDeps {
  config: Config;
  logger: Logger;
  /** a channel's problem that needs a person (a WhatsApp session logged out): told to the admins in chat */
  onAlert?: (channel: string, kind: 'auth_failure', detail: string) => void;
}
