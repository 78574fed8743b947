import type { Config } from '../config';
import type { Logger } from '../logger';

/** What every channel adapter's factory is given by `crm start`. */
export interface AdapterDeps {
  config: Config;
  logger: Logger;
  /** a channel's problem that needs a person (a WhatsApp session logged out): told to the admins in chat */
  onAlert?: (channel: string, kind: 'auth_failure', detail: string) => void;
  /** the domain's opt-out for a token an automated message carried (email's one-click unsubscribe) */
  optOutByToken?: (token: string) => Promise<'recorded' | 'already' | 'invalid'>;
}
