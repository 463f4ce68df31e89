/** Every error the service answers with carries the HTTP status it maps to. */
export class AnalyticsError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AnalyticsError {
  constructor(message: string) {
    super(message, 400);
  }
}

export class AuthorizationError extends AnalyticsError {
  constructor(message: string) {
    super(message, 403);
  }
}
