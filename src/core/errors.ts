/** An item the caller asked for does not exist. */
export class NotFoundError extends Error {
  readonly kind: string
  readonly id: string
  constructor(kind: string, id: string, options?: ErrorOptions) {
    super(`Cannot find ${kind} "${id}"`, options)
    this.name = 'NotFoundError'
    this.kind = kind
    this.id = id
  }
}

/** A request the user typed (a command argument, a date filter) that cannot be understood. */
export class UsageError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'UsageError'
  }
}
