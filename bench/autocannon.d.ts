// The part of autocannon's API that bench/load.ts uses (the package ships no types).
declare module 'autocannon' {
  interface Request {
    path?: string
    method?: string
    headers?: Record<string, string>
  }
  interface Options {
    url: string
    connections?: number
    duration?: number
    timeout?: number
    requests?: { setupRequest?: (request: Request) => Request }[]
  }
  interface Result {
    requests: { average: number; total: number; sent: number }
    non2xx: number
    errors: number
    timeouts: number
  }
  interface Instance extends PromiseLike<Result> {
    on(
      event: 'response',
      listener: (client: unknown, statusCode: number, bytes: number, milliseconds: number) => void,
    ): void
  }
  function autocannon(options: Options): Instance
  export default autocannon
}
