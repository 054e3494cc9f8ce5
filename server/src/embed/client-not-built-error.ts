// The embed page's template comes from the built client; without a build there is nothing to fill in (503).
import { AppError } from '../errors/app-errors';

export class ClientNotBuiltError extends AppError {
  readonly code = 'INTERNAL';
  readonly status = 503;
}
