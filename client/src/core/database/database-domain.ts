// The database domain: whether the database answers and its schema (labels, types, property keys) (state); checking
// it again (action). Any API error that says the database is unavailable marks it so, wherever it happened.
import type { ApiClient } from '../../api/api-client';
import type { SchemaResponse } from '../../api/api-contract';
import { ApiError } from '../../api/api-error';
import { failure, type ActionResult } from '../action-result';
import { atom } from '../state/atom';
import type { DatabaseStatus } from './database-status';

const NOT_ANSWERING = 'The database is not answering. The explorer retries when you ask; nothing you did is lost.';

export class DatabaseDomain {
  readonly status = atom<DatabaseStatus>({ type: 'unknown' });
  readonly schema = atom<SchemaResponse | null>(null);

  constructor(private readonly api: ApiClient) {
    api.onError((error) => {
      if (error.isDatabaseUnavailable) this.status.set({ type: 'unavailable', message: error.message });
    });
  }

  /** Checks the database and loads the schema (legend counts, filters, editor completion) in the background. */
  async check(): Promise<ActionResult<{ version: string | null }>> {
    let version: string | null;
    try {
      const health = await this.api.health();
      if (!health.neo4j.connected) throw new ApiError('DATABASE_UNAVAILABLE', NOT_ANSWERING, 503);
      version = health.neo4j.version;
    } catch (error) {
      const failed = failure(error);
      this.status.set({ type: 'unavailable', message: failed.error.message });
      return failed;
    }
    this.status.set({ type: 'available', version });
    this.api.schema().then(
      (schema) => this.schema.set(schema),
      () => undefined,
    );
    return { ok: true, version };
  }
}
